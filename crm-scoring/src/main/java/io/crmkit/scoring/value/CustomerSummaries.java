package io.crmkit.scoring.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.rfm.Purchase;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The step from purchases to {@link CustomerSummary customer summaries}: each customer's purchases
 * up to the last day of observation, merged by calendar day, as repeat purchases, recency and age
 * in a time unit of whole days, with the mean spend of the repeat days.
 *
 * <p>This is how the published CDNOW summaries are made (Fader, Hardie and Lee, 2005; the {@code
 * lifetimes} package): orders of one day are one purchase whose value is their sum, the first day
 * is not a repeat purchase, and recency and age run from the first day to the last purchase and to
 * the end of observation.
 *
 * @since 0.1
 */
public final class CustomerSummaries {

  private CustomerSummaries() {}

  /**
   * Summarises {@code purchases} as of the end of {@code lastDay}.
   *
   * @param purchases the purchases, in any order, never null, no null element; those after {@code
   *     lastDay} are left out
   * @param lastDay the last calendar day of observation (included), never null
   * @param zone the time zone that assigns purchases to calendar days, never null
   * @param unit the time unit of recency and age, a positive whole number of days, such as {@code
   *     Duration.ofDays(7)}; never null
   * @return one summary per customer with a purchase on or before {@code lastDay}, in the order of
   *     the customers' first appearance in {@code purchases}
   */
  public static <C> List<CustomerSummary<C>> of(
      Collection<Purchase<C>> purchases, LocalDate lastDay, ZoneId zone, Duration unit) {
    requireNonNull(purchases, "purchases");
    requireNonNull(lastDay, "lastDay");
    requireNonNull(zone, "zone");
    requireNonNull(unit, "unit");
    checkArgument(
        !unit.isNegative()
            && !unit.isZero()
            && unit.toSeconds() % Duration.ofDays(1).toSeconds() == 0,
        "the time unit must be a positive whole number of days: %s",
        unit);
    double daysPerUnit = unit.toDays();
    Map<C, TreeMap<LocalDate, BigDecimal>> days = new LinkedHashMap<>();
    for (Purchase<C> purchase : purchases) {
      requireNonNull(purchase, "purchase");
      LocalDate day = LocalDate.ofInstant(purchase.at(), zone);
      if (!day.isAfter(lastDay)) {
        days.computeIfAbsent(purchase.customer(), key -> new TreeMap<>())
            .merge(day, purchase.amount(), BigDecimal::add);
      }
    }
    List<CustomerSummary<C>> summaries = new ArrayList<>(days.size());
    days.forEach(
        (customer, spend) -> {
          LocalDate first = spend.firstKey();
          int frequency = spend.size() - 1;
          double repeatSpend = 0;
          for (BigDecimal amount : spend.tailMap(first, false).values()) {
            repeatSpend += amount.doubleValue();
          }
          summaries.add(
              new CustomerSummary<>(
                  customer,
                  frequency,
                  ChronoUnit.DAYS.between(first, spend.lastKey()) / daysPerUnit,
                  ChronoUnit.DAYS.between(first, lastDay) / daysPerUnit,
                  frequency == 0 ? 0 : repeatSpend / frequency));
        });
    return List.copyOf(summaries);
  }
}
