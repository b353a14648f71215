package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.money.Money;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The sales figures of the deals that share one value of a dimension (a product line, a team, a
 * region, a custom field's value): how many were won and lost, how long the won ones took, what
 * they brought, and what is still open.
 *
 * @param key the dimension's value, never null
 * @param winRate the won and lost deals
 * @param cycle how long the won deals took, from the breakdown's starting point to winning
 * @param wonValue the sum of the won deals' amounts
 * @param openDeals the number of open deals
 * @param openValue the sum of the open deals' amounts
 * @param velocity open deals times average won size times win rate per day of cycle, or null when
 *     nothing was won or the cycle has no length
 * @since 0.1
 */
public record BreakdownLine(
    String key,
    WinRate winRate,
    SalesCycle cycle,
    Money wonValue,
    long openDeals,
    Money openValue,
    @Nullable SalesVelocity velocity) {

  /** Creates a {@code BreakdownLine}, checking its components as the type's comment describes. */
  public BreakdownLine {
    requireNonNull(key, "key");
    requireNonNull(winRate, "winRate");
    requireNonNull(cycle, "cycle");
    requireNonNull(wonValue, "wonValue");
    requireNonNull(openValue, "openValue");
    checkArgument(openDeals >= 0, "open deal count must not be negative: %s", openDeals);
  }

  /** Returns the average won amount, empty if nothing was won. */
  public Optional<Money> averageWonSize() {
    return winRate.won() == 0 ? Optional.empty() : Optional.of(wonValue.dividedBy(winRate.won()));
  }

  /** Returns the sales velocity, empty when nothing was won or the cycle has no length. */
  public Optional<SalesVelocity> salesVelocity() {
    return Optional.ofNullable(velocity);
  }
}
