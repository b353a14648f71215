package io.crmkit.scoring.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.rfm.Purchase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;

/**
 * Synthetic purchase histories drawn from a {@link BgNbdModel} and a {@link GammaGammaModel}: a
 * cohort of customers acquired over a span of days, each buying and dropping out as the BG/NBD
 * story tells, each purchase worth what the Gamma-Gamma story draws. For testing a value pipeline
 * end to end, and for seeing what a model implies before trusting it.
 *
 * <p>Each customer gets a purchase rate from gamma(r, alpha), a drop-out probability from beta(a,
 * b) and a spend scale from gamma(q, v); the first purchase falls on a day drawn uniformly from the
 * acquisition span, the next ones after exponential waits at the customer's rate, and after each
 * repeat purchase the customer drops out with their probability. Times are drawn in the models'
 * time unit and then cut to whole days. Purchases are at the start of their day in UTC, worth a
 * gamma(p, scale) amount rounded to the cent (at least one cent). The same seed gives the same
 * purchases.
 *
 * @param transactions the repeat-purchase model to draw from, never null
 * @param spend the spend model to draw from, never null
 * @param unit the models' time unit, a positive whole number of days, never null
 * @since 0.1
 */
public record PurchaseSimulation(BgNbdModel transactions, GammaGammaModel spend, Duration unit) {

  /**
   * Creates a {@code PurchaseSimulation}, checking its components as the type's comment describes.
   */
  public PurchaseSimulation {
    requireNonNull(transactions, "transactions model");
    requireNonNull(spend, "spend model");
    requireNonNull(unit, "unit");
    checkArgument(
        unit.toDays() >= 1 && unit.equals(Duration.ofDays(unit.toDays())),
        "the time unit must be a positive whole number of days: %s",
        unit);
  }

  /** Returns the simulation of {@code transactions} and {@code spend} in {@code unit}. */
  public static PurchaseSimulation of(
      BgNbdModel transactions, GammaGammaModel spend, Duration unit) {
    return new PurchaseSimulation(transactions, spend, unit);
  }

  /**
   * Returns the purchases of {@code customers} customers, keyed {@code 00001}, {@code 00002} and so
   * on, ordered by customer and date.
   *
   * @param customers how many customers to draw, 1 to 10,000,000
   * @param firstDay the first day a customer can make their first purchase, never null
   * @param acquisitionDays over how many days first purchases are spread, at least 1
   * @param lastDay the last day of purchases, on or after the end of the acquisition span
   * @param seed the seed of every random draw
   */
  public List<Purchase<String>> simulate(
      int customers, LocalDate firstDay, int acquisitionDays, LocalDate lastDay, long seed) {
    checkArgument(
        customers >= 1 && customers <= 10_000_000,
        "customers must be 1 to 10,000,000: %s",
        customers);
    requireNonNull(firstDay, "firstDay");
    requireNonNull(lastDay, "lastDay");
    checkArgument(acquisitionDays >= 1, "acquisition days must be at least 1: %s", acquisitionDays);
    checkArgument(
        !lastDay.isBefore(firstDay.plusDays(acquisitionDays - 1L)),
        "the last day %s comes before the end of acquisition %s",
        lastDay,
        firstDay.plusDays(acquisitionDays - 1L));
    RandomDataGenerator random = RandomDataGenerator.of(new Well19937c(seed));
    double daysPerUnit = unit.toDays();
    List<Purchase<String>> purchases = new ArrayList<>();
    String format = "%0" + Math.max(5, String.valueOf(customers).length()) + "d";
    for (int i = 1; i <= customers; i++) {
      String customer = String.format(Locale.ROOT, format, i);
      double rate = random.nextGamma(transactions.r(), 1 / transactions.alpha());
      double dropOut = random.nextBeta(transactions.a(), transactions.b());
      double spendRate = random.nextGamma(spend.q(), 1 / spend.v());
      LocalDate first = firstDay.plusDays(random.nextInt(0, acquisitionDays - 1));
      double age = ChronoUnit.DAYS.between(first, lastDay) / daysPerUnit;
      purchases.add(purchase(customer, first, random.nextGamma(spend.p(), 1 / spendRate)));
      double time = 0;
      // a rate that underflowed to zero means no repeat purchase in any horizon
      while (rate > 0) {
        time += random.nextExponential(1 / rate);
        if (time > age) {
          break;
        }
        LocalDate day = first.plusDays((long) Math.floor(time * daysPerUnit));
        purchases.add(purchase(customer, day, random.nextGamma(spend.p(), 1 / spendRate)));
        if (random.nextDouble() < dropOut) {
          break;
        }
      }
    }
    return List.copyOf(purchases);
  }

  private static Purchase<String> purchase(String customer, LocalDate day, double amount) {
    BigDecimal cents = BigDecimal.valueOf(amount).setScale(2, RoundingMode.HALF_UP);
    return Purchase.of(
        customer,
        day.atStartOfDay(ZoneOffset.UTC).toInstant(),
        cents.max(BigDecimal.valueOf(1, 2)));
  }
}
