package io.crmkit.scoring;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crmkit.scoring.rfm.Purchase;
import io.crmkit.scoring.value.CustomerSummary;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The CDNOW panel from {@code ../shared/data/cdnow} (system property {@code crmkit.data.dir}): the
 * published 2,357-customer summary and the 69,659 purchases of all 23,570 customers. Tests that use
 * it skip when the folder is absent.
 */
public final class CdnowData {

  /** The last day of the published summaries' calibration period (39 weeks from 1997-01-01). */
  public static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

  private CdnowData() {}

  /** Returns the file {@code name} of the CDNOW folder, skipping the test when it is absent. */
  public static Path file(String name) {
    String dir = System.getProperty("crmkit.data.dir", "");
    Path file = Path.of(dir.isEmpty() ? "absent" : dir, "cdnow", name);
    assumeTrue(!dir.isEmpty() && Files.isReadable(file), "CDNOW data not present: " + file);
    return file;
  }

  /** Returns the rows of {@code cdnow_customers_summary.csv}: ID, frequency, recency, T (weeks). */
  public static List<CustomerSummary<String>> publishedSummary() throws IOException {
    List<String> lines = Files.readAllLines(file("cdnow_customers_summary.csv"));
    List<CustomerSummary<String>> summaries = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] fields = line.strip().split(",");
      summaries.add(
          CustomerSummary.of(
              fields[0],
              Integer.parseInt(fields[1]),
              Double.parseDouble(fields[2]),
              Double.parseDouble(fields[3])));
    }
    return summaries;
  }

  /** Returns every purchase of {@code CDNOW_master.txt}, at the start of its day in UTC. */
  public static List<Purchase<String>> purchases() throws IOException {
    List<String> lines = Files.readAllLines(file("CDNOW_master.txt"));
    List<Purchase<String>> purchases = new ArrayList<>(lines.size());
    // the first line is a header: customer_id date number_of_cds dollar_value
    for (String line : lines.subList(1, lines.size())) {
      String[] parts = line.strip().split("\\s+");
      if (parts.length == 4) {
        purchases.add(
            Purchase.of(
                parts[0],
                LocalDate.parse(parts[1], DateTimeFormatter.BASIC_ISO_DATE)
                    .atStartOfDay(ZoneOffset.UTC)
                    .toInstant(),
                new BigDecimal(parts[3])));
      }
    }
    return purchases;
  }
}
