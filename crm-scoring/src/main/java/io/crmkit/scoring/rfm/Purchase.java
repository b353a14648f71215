package io.crmkit.scoring.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One purchase by one customer: who, when and for how much, in the one currency of the analysis.
 *
 * @param customer the customer's key (a contact id, a customer number), never null
 * @param at when the purchase was made, never null
 * @param amount what it was worth, zero or more, never null
 * @param <C> the customer key type
 * @since 0.1
 */
public record Purchase<C>(C customer, Instant at, BigDecimal amount) {

  /** Creates a {@code Purchase}, checking its components as the type's comment describes. */
  public Purchase {
    requireNonNull(customer, "customer");
    requireNonNull(at, "purchase instant");
    requireNonNull(amount, "purchase amount");
    checkArgument(amount.signum() >= 0, "purchase amount is negative: %s", amount);
  }

  /** Returns the purchase by {@code customer} at {@code at} worth {@code amount}. */
  public static <C> Purchase<C> of(C customer, Instant at, BigDecimal amount) {
    return new Purchase<>(customer, at, amount);
  }
}
