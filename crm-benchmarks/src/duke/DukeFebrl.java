import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Processor;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.Record;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.DigitsOnlyCleaner;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.JaroWinkler;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;
import no.priv.garshol.duke.matchers.AbstractMatchListener;

/**
 * Duke 1.2 deduplicating a Febrl file, configured as its documentation (XMLConfig, GettingStarted,
 * DatabaseConfig) suggests: an id property, each other column cleaned (LowerCaseNormalizeCleaner
 * for text, DigitsOnlyCleaner for numbers) and compared with a comparator and a low and high
 * probability, threshold 0.8, the default in-memory LuceneDatabase, two threads.
 *
 * <p>Run by the crm-benchmarks harness in a JVM of its own whose class path holds only Duke and its
 * dependencies (Lucene 4.0), as a single-file source program:
 * {@code java -cp 'target/duke-lib/*' src/duke/DukeFebrl.java records.tsv pairs.tsv 3 5}. Reads the
 * tab-separated records the harness wrote, deduplicates them {@code warm-ups + runs} times, and
 * prints the median time of the runs and the heap's peak; writes the pairs of the last run.
 */
public class DukeFebrl {

  public static void main(String[] args) throws IOException {
    Path input = Path.of(args[0]);
    Path pairsOut = Path.of(args[1]);
    int warmups = Integer.parseInt(args[2]);
    int runs = Integer.parseInt(args[3]);
    List<Record> records = read(input);
    double[] seconds = new double[runs];
    Set<String> pairs = null;
    for (int run = -warmups; run < runs; run++) {
      if (run == 0) {
        System.gc();
        resetPeaks();
      }
      Set<String> found = ConcurrentHashMap.newKeySet();
      long start = System.nanoTime();
      deduplicate(records, found);
      if (run >= 0) {
        seconds[run] = (System.nanoTime() - start) / 1e9;
        pairs = found;
      }
    }
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(pairsOut, StandardCharsets.UTF_8))) {
      pairs.forEach(out::println);
    }
    Arrays.sort(seconds);
    System.out.printf(
        Locale.ROOT, "seconds %.4f peakMB %d%n", seconds[runs / 2], peakHeap() >> 20);
  }

  private static void deduplicate(List<Record> records, Set<String> pairs) throws IOException {
    ConfigurationImpl config = new ConfigurationImpl();
    config.setThreshold(0.8);
    config.setProperties(properties());
    config.setDatabase(new LuceneDatabase());
    Processor processor = new Processor(config);
    processor.setThreads(2);
    processor.addMatchListener(
        new AbstractMatchListener() {
          @Override
          public void matches(Record first, Record second, double confidence) {
            pairs.add(first.getValue("ID") + "\t" + second.getValue("ID"));
          }
        });
    processor.deduplicate(records);
    processor.close();
  }

  private static List<Property> properties() {
    List<Property> properties = new ArrayList<>();
    properties.add(new PropertyImpl("ID"));
    properties.add(new PropertyImpl("GIVEN_NAME", new JaroWinkler(), 0.3, 0.88));
    properties.add(new PropertyImpl("FAMILY_NAME", new JaroWinkler(), 0.3, 0.9));
    properties.add(new PropertyImpl("BIRTH_DATE", new Levenshtein(), 0.3, 0.9));
    properties.add(new PropertyImpl("IDENTIFIER", new Levenshtein(), 0.2, 0.95));
    properties.add(new PropertyImpl("STREET_NUMBER", new ExactComparator(), 0.4, 0.6));
    properties.add(new PropertyImpl("STREET", new Levenshtein(), 0.4, 0.7));
    properties.add(new PropertyImpl("ADDRESS_EXTRA", new Levenshtein(), 0.45, 0.6));
    properties.add(new PropertyImpl("CITY", new JaroWinkler(), 0.4, 0.7));
    properties.add(new PropertyImpl("POSTAL_CODE", new Levenshtein(), 0.4, 0.75));
    properties.add(new PropertyImpl("REGION", new ExactComparator(), 0.45, 0.55));
    return properties;
  }

  private static final Map<String, Cleaner> CLEANERS =
      Map.of(
          "BIRTH_DATE", new DigitsOnlyCleaner(),
          "IDENTIFIER", new DigitsOnlyCleaner(),
          "STREET_NUMBER", new DigitsOnlyCleaner(),
          "POSTAL_CODE", new DigitsOnlyCleaner());
  private static final Cleaner TEXT = new LowerCaseNormalizeCleaner();

  private static List<Record> read(Path input) throws IOException {
    List<Record> records = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
      String[] header = reader.readLine().split("\t", -1);
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] cells = line.split("\t", -1);
        Map<String, Collection<String>> values = new HashMap<>();
        values.put("ID", List.of(cells[0]));
        for (int c = 1; c < header.length; c++) {
          String value = CLEANERS.getOrDefault(header[c], TEXT).clean(cells[c]);
          if (value != null && !value.isEmpty()) {
            values.put(header[c], List.of(value));
          }
        }
        records.add(new RecordImpl(values));
      }
    }
    return records;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
