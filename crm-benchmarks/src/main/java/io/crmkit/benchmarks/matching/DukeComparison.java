package io.crmkit.benchmarks.matching;

import io.crmkit.scoring.matching.LinkageQuality;
import io.crmkit.scoring.matching.MatchExplanation;
import io.crmkit.scoring.matching.MatchField;
import io.crmkit.scoring.matching.ScoredPair;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The Duke comparison of BENCHMARKS.md: on each Febrl file, crmkit ({@link FebrlRun}) and Duke 1.2
 * ({@code src/duke/DukeFebrl.java}) each run in a forked JVM with the same heap and flags, on the
 * same records written once as a tab-separated file; each reports its median time over the runs and
 * its heap's peak, and the harness scores both sides' pairs against the truth. Duke's class path
 * holds only Duke and its Lucene 4.0 ({@code target/duke-lib}), crmkit's only the benchmark jar, so
 * the two Lucene lines never meet.
 *
 * <p>Arguments: warm-ups (default 3), runs (default 5). Run from the repository root after {@code
 * ./mvnw -pl crm-benchmarks -am package -DskipTests}.
 */
public final class DukeComparison {

  private static final List<MatchField> FIELDS =
      List.of(
          MatchField.GIVEN_NAME,
          MatchField.FAMILY_NAME,
          MatchField.BIRTH_DATE,
          MatchField.IDENTIFIER,
          MatchField.STREET_NUMBER,
          MatchField.STREET,
          MatchField.ADDRESS_EXTRA,
          MatchField.CITY,
          MatchField.POSTAL_CODE,
          MatchField.REGION);
  private static final MatchExplanation UNEXPLAINED = new MatchExplanation(List.of(), 0);

  private DukeComparison() {}

  /** One side's figures on one file. */
  record Side(String name, double seconds, long peakMegabytes, LinkageQuality quality) {}

  public static void main(String[] args) throws Exception {
    int warmups = args.length > 0 ? Integer.parseInt(args[0]) : 3;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path dataDir =
        PublicDataSets.dataDir()
            .orElseGet(() -> Path.of(System.getProperty("user.dir")).resolve("../shared/data"));
    Path work = Files.createDirectories(Path.of("crm-benchmarks/target/duke-comparison"));
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = Path.of("crm-benchmarks/target/benchmarks.jar").toString();
    System.out.println("| file | side | median s | peak heap MB | precision | recall | F1 |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|");
    for (String name : PublicDataSets.FEBRL) {
      LabelledRecords data = PublicDataSets.febrl(PublicDataSets.febrlFile(dataDir, name));
      Path records = work.resolve(name + ".tsv");
      FebrlRun.write(data.records(), FIELDS, records);
      Side crmkit =
          side(
              "crmkit",
              data,
              work.resolve(name + ".crmkit.pairs"),
              List.of(java, "-Xmx1g", "-cp", jar, FebrlRun.class.getName()),
              records,
              warmups,
              runs);
      Side duke =
          side(
              "Duke 1.2",
              data,
              work.resolve(name + ".duke.pairs"),
              List.of(
                  java,
                  "-Xmx1g",
                  "-cp",
                  "crm-benchmarks/target/duke-lib/*",
                  "crm-benchmarks/src/duke/DukeFebrl.java"),
              records,
              warmups,
              runs);
      for (Side side : List.of(crmkit, duke)) {
        System.out.printf(
            Locale.ROOT,
            "| %s | %s | %.3f | %d | %.4f | %.4f | %.4f |%n",
            name,
            side.name(),
            side.seconds(),
            side.peakMegabytes(),
            side.quality().precision(),
            side.quality().recall(),
            side.quality().f1());
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | Duke / crmkit time | %.1fx | | | | |%n",
          name,
          duke.seconds() / crmkit.seconds());
    }
  }

  private static Side side(
      String name,
      LabelledRecords data,
      Path pairs,
      List<String> command,
      Path records,
      int warmups,
      int runs)
      throws IOException, InterruptedException {
    List<String> full = new ArrayList<>(command);
    full.addAll(
        List.of(
            records.toString(),
            pairs.toString(),
            Integer.toString(warmups),
            Integer.toString(runs)));
    Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
      throw new IllegalStateException(name + " failed: " + output);
    }
    String[] figures =
        output.lines().filter(l -> l.startsWith("seconds ")).findFirst().orElseThrow().split(" ");
    List<ScoredPair<String>> found = new ArrayList<>();
    for (String line : Files.readAllLines(pairs, StandardCharsets.UTF_8)) {
      String[] ids = line.split("\t");
      found.add(new ScoredPair<>(ids[0], ids[1], UNEXPLAINED));
    }
    LinkageQuality quality =
        LinkageQuality.ofPairs(found, data.ids(), id -> data.partyOf().get(id));
    return new Side(name, Double.parseDouble(figures[1]), Long.parseLong(figures[3]), quality);
  }
}
