package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import io.crmkit.core.money.Money;

/**
 * What a rep is expected to win in a period: a monthly or quarterly sales target.
 *
 * @param owner the rep; never null
 * @param period the month or quarter; never null
 * @param amount the target, positive; never null
 * @since 0.1
 */
public record Quota(UserId owner, SalesPeriod period, Money amount) {

  /** Creates a {@code Quota}, checking its components as the type's comment describes. */
  public Quota {
    requireNonNull(owner, "owner");
    requireNonNull(period, "period");
    requireNonNull(amount, "quota amount");
    checkArgument(
        amount.isPositive(), "quota of %s for %s must be positive: %s", owner, period, amount);
  }

  /** Returns the quota of {@code owner} for {@code period}. */
  public static Quota of(UserId owner, SalesPeriod period, Money amount) {
    return new Quota(owner, period, amount);
  }
}
