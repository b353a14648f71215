package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * How long won deals took from opening to winning. A deal that was reopened and won again counts
 * once, up to its last win.
 *
 * @param deals the number of won deals, not negative
 * @param average the mean time from opening to winning; zero when no deal was won
 * @param median the median time (the mean of the two middle ones for an even count); zero when no
 *     deal was won
 * @since 0.1
 */
public record SalesCycle(long deals, Duration average, Duration median) {

  /** Creates a {@code SalesCycle}, checking its components as the type's comment describes. */
  public SalesCycle {
    checkArgument(deals >= 0, "deal count must not be negative: %s", deals);
    requireNonNull(average, "average");
    requireNonNull(median, "median");
    checkArgument(
        deals > 0 || (average.isZero() && median.isZero()),
        "a cycle of no deals has no length: %s, %s",
        average,
        median);
  }
}
