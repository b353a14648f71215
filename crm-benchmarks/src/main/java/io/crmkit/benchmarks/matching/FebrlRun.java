package io.crmkit.benchmarks.matching;

import io.crmkit.scoring.matching.DuplicateScan;
import io.crmkit.scoring.matching.MatchConfiguration;
import io.crmkit.scoring.matching.MatchField;
import io.crmkit.scoring.matching.MatchRecord;
import io.crmkit.scoring.matching.RecordLinkage;
import io.crmkit.scoring.matching.ScoredPair;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * crmkit's side of the Duke comparison, run in a JVM of its own as {@code DukeFebrl} is: reads the
 * tab-separated records the harness wrote, scans them {@code warm-ups + runs} times with the
 * default people configuration (training included in every run), prints the median time of the runs
 * and the heap's peak, and writes the pairs of the last run.
 */
public final class FebrlRun {

  private FebrlRun() {}

  public static void main(String[] args) throws IOException {
    List<MatchRecord<String>> records = read(Path.of(args[0]));
    int warmups = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    double[] seconds = new double[runs];
    DuplicateScan<String> last = null;
    for (int run = -warmups; run < runs; run++) {
      if (run == 0) {
        System.gc();
        MillionPeopleScan.resetPeaks();
      }
      long start = System.nanoTime();
      DuplicateScan<String> scan = RecordLinkage.with(MatchConfiguration.people()).scan(records);
      if (run >= 0) {
        seconds[run] = (System.nanoTime() - start) / 1e9;
        last = scan;
      }
    }
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(Path.of(args[1]), StandardCharsets.UTF_8))) {
      for (ScoredPair<String> pair : last.matches()) {
        out.println(pair.first() + "\t" + pair.second());
      }
    }
    Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT,
        "seconds %.4f peakMB %d%n",
        seconds[runs / 2],
        MillionPeopleScan.peakHeap() >> 20);
  }

  /** Writes {@code records} as the tab-separated file both sides read: id, then each field. */
  static void write(List<MatchRecord<String>> records, List<MatchField> fields, Path file)
      throws IOException {
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      StringBuilder header = new StringBuilder("ID");
      fields.forEach(field -> header.append('\t').append(field.name()));
      out.println(header);
      for (MatchRecord<String> record : records) {
        StringBuilder line = new StringBuilder(record.id());
        fields.forEach(field -> line.append('\t').append(record.value(field).orElse("")));
        out.println(line);
      }
    }
  }

  static List<MatchRecord<String>> read(Path file) throws IOException {
    List<MatchRecord<String>> records = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String[] header = reader.readLine().split("\t", -1);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split("\t", -1);
        MatchRecord.Builder<String> record = MatchRecord.builder(cells[0]);
        for (int c = 1; c < header.length; c++) {
          record.set(MatchField.valueOf(header[c]), cells[c]);
        }
        records.add(record.build());
      }
    }
    return records;
  }
}
