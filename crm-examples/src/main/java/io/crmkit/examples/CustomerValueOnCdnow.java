package io.crmkit.examples;

import io.crmkit.scoring.rfm.Purchase;
import io.crmkit.scoring.value.BgNbdModel;
import io.crmkit.scoring.value.CustomerSummaries;
import io.crmkit.scoring.value.CustomerSummary;
import io.crmkit.scoring.value.CustomerValue;
import io.crmkit.scoring.value.GammaGammaModel;
import io.crmkit.scoring.value.LifetimeValue;
import io.crmkit.scoring.value.PurchaseSimulation;
import io.crmkit.scoring.value.ValueHorizon;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Customer lifetime value on CDNOW-shaped purchases: summaries as of the end of the 39-week
 * calibration period, the BG/NBD and Gamma-Gamma fits, and the most valuable customers over the
 * next 12 months at 1% a month.
 *
 * <p>With the path of the CDNOW panel's {@code CDNOW_master.txt} as its argument it reads the real
 * purchases; without one it draws 2,000 customers from CDNOW's published parameters (seed 42).
 *
 * @since 0.1
 */
public final class CustomerValueOnCdnow {

  private static final LocalDate FIRST_DAY = LocalDate.of(1997, 1, 1);
  private static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);
  private static final Duration WEEK = Duration.ofDays(7);

  private CustomerValueOnCdnow() {}

  /** Fits and prints the models and the three most valuable customers. */
  public static void main(String[] args) throws IOException {
    List<Purchase<String>> purchases;
    if (args.length > 0) {
      purchases = read(Path.of(args[0]));
      System.out.println(purchases.size() + " purchases from " + args[0]);
    } else {
      purchases =
          PurchaseSimulation.of(
                  BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258),
                  GammaGammaModel.of(6.25, 3.74, 15.45),
                  WEEK)
              .simulate(2_000, FIRST_DAY, 84, CALIBRATION_END, 42);
      System.out.println(purchases.size() + " synthetic purchases (CDNOW's parameters, seed 42)");
    }
    List<CustomerSummary<String>> all =
        CustomerSummaries.of(purchases, CALIBRATION_END, ZoneOffset.UTC, WEEK);
    // the spend model has no room for free purchases: leave out repeat buyers who paid nothing
    List<CustomerSummary<String>> customers =
        all.stream().filter(c -> !c.repeatBuyer() || c.meanRepeatSpend() > 0).toList();
    System.out.printf(
        Locale.ROOT,
        "%d customers, %d repeat buyers, %d left out with free repeat purchases only%n",
        customers.size(),
        customers.stream().filter(CustomerSummary::repeatBuyer).count(),
        all.size() - customers.size());
    LifetimeValue value = LifetimeValue.fit(customers);
    BgNbdModel bgNbd = value.transactions();
    GammaGammaModel spend = value.spend();
    System.out.printf(
        Locale.ROOT,
        "BG/NBD: r %.4f, alpha %.4f, a %.4f, b %.4f%n",
        bgNbd.r(),
        bgNbd.alpha(),
        bgNbd.a(),
        bgNbd.b());
    System.out.printf(
        Locale.ROOT, "Gamma-Gamma: p %.4f, q %.4f, v %.4f%n", spend.p(), spend.q(), spend.v());
    System.out.println("most valuable over 12 months at 1% a month:");
    ValueHorizon year = ValueHorizon.of(12, 52.0 / 12, 0.01);
    for (CustomerValue<String> customer : value.estimateAll(customers, year).subList(0, 3)) {
      System.out.printf(
          Locale.ROOT,
          "  %s: P(alive) %.2f, %.2f purchases expected, $%.2f each, value $%.2f%n",
          customer.customer(),
          customer.probabilityAlive(),
          customer.expectedTransactions(),
          customer.expectedSpend(),
          customer.value());
    }
  }

  /** Reads {@code customer_id date number_of_cds dollar_value} lines after a header line. */
  private static List<Purchase<String>> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<Purchase<String>> purchases = new ArrayList<>(lines.size());
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
