package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;

/**
 * The revenue of one period (or of all periods) over the runs of a Monte Carlo forecast: its
 * percentiles, its mean and the probability of reaching a quota. Percentiles are nearest-rank: the
 * P90 is the smallest revenue that at least 90% of the runs did not exceed. Immutable.
 *
 * @since 0.1
 */
public final class SimulatedRevenue {

  private final Currency currency;
  private final long[] sorted;

  /**
   * @param outcomes each run's revenue in minor units of {@code currency}; copied
   */
  SimulatedRevenue(Currency currency, long[] outcomes) {
    this.currency = requireNonNull(currency, "currency");
    checkArgument(outcomes.length > 0, "a simulation has at least one run");
    this.sorted = outcomes.clone();
    Arrays.sort(this.sorted);
  }

  /** Returns how many runs the figures are taken from. */
  public int runs() {
    return sorted.length;
  }

  /**
   * Returns the {@code percent}th percentile: the smallest revenue that at least {@code percent}%
   * of the runs did not exceed.
   *
   * @param percent 1 to 100
   */
  public Money percentile(int percent) {
    checkArgument(percent >= 1 && percent <= 100, "percentile must be 1 to 100: %s", percent);
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return money(sorted[Math.max(rank, 1) - 1]);
  }

  /** Returns the 10th percentile: a bad case, which 90% of the runs beat or equal. */
  public Money p10() {
    return percentile(10);
  }

  /** Returns the median. */
  public Money p50() {
    return percentile(50);
  }

  /** Returns the 90th percentile: a good case, which only 10% of the runs beat. */
  public Money p90() {
    return percentile(90);
  }

  /** Returns the mean over the runs, rounded half-even to the minor unit. */
  public Money mean() {
    BigDecimal sum = BigDecimal.ZERO;
    for (long outcome : sorted) {
      sum = sum.add(BigDecimal.valueOf(outcome));
    }
    BigDecimal minor =
        sum.divide(BigDecimal.valueOf(sorted.length), 0, java.math.RoundingMode.HALF_EVEN);
    return money(minor.longValueExact());
  }

  /** Returns the share of runs whose revenue reached {@code quota}, 0 to 1. */
  public double probabilityOfReaching(Money quota) {
    requireNonNull(quota, "quota");
    checkArgument(
        quota.currency().equals(currency),
        "quota %s is not in the forecast's currency %s",
        quota,
        currency);
    long target =
        quota.amount().movePointRight(currency.getDefaultFractionDigits()).longValueExact();
    int below = lowerBound(target);
    return (sorted.length - below) / (double) sorted.length;
  }

  /** Returns the number of runs below {@code target}. */
  private int lowerBound(long target) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle] < target) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  private Money money(long minor) {
    return Money.of(BigDecimal.valueOf(minor, currency.getDefaultFractionDigits()), currency);
  }

  @Override
  public String toString() {
    return "SimulatedRevenue[P10 " + p10() + ", P50 " + p50() + ", P90 " + p90() + "]";
  }
}
