package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.money.Money;
import java.util.Optional;

/**
 * The size of the deals won: how many won deals had a known amount, and what they came to.
 *
 * @param deals the number of won deals with a known amount, not negative
 * @param total the sum of their amounts; never null
 * @since 0.1
 */
public record DealSize(long deals, Money total) {

  /** Creates a {@code DealSize}, checking its components as the type's comment describes. */
  public DealSize {
    checkArgument(deals >= 0, "deal count must not be negative: %s", deals);
    requireNonNull(total, "total");
  }

  /** Returns the average won amount, rounded half to even; empty if no deal was won. */
  public Optional<Money> average() {
    return deals == 0 ? Optional.empty() : Optional.of(total.dividedBy(deals));
  }
}
