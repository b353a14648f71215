package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;

/**
 * How much money the pipeline is expected to turn into per day: open deals times average won deal
 * size times win rate, divided by the average sales cycle in days.
 *
 * @param openDeals the number of open deals, not negative
 * @param averageDealSize the average won amount; never null
 * @param winRate won / (won + lost), 0 to 1; never null
 * @param cycleDays the average sales cycle in days, positive; never null
 * @param perDay the velocity, rounded half to even at the minor unit; never null
 * @since 0.1
 */
public record SalesVelocity(
    long openDeals, Money averageDealSize, BigDecimal winRate, BigDecimal cycleDays, Money perDay) {

  /** Creates a {@code SalesVelocity}, checking its components as the type's comment describes. */
  public SalesVelocity {
    checkArgument(openDeals >= 0, "open deal count must not be negative: %s", openDeals);
    requireNonNull(averageDealSize, "average deal size");
    requireNonNull(winRate, "win rate");
    requireNonNull(cycleDays, "cycle days");
    requireNonNull(perDay, "velocity");
    checkArgument(
        winRate.signum() >= 0 && winRate.compareTo(BigDecimal.ONE) <= 0,
        "win rate must be 0 to 1: %s",
        winRate);
    checkArgument(cycleDays.signum() > 0, "cycle length must be positive: %s days", cycleDays);
  }
}
