package io.crmkit.scoring.value;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One customer's expected lifetime value over a horizon, with the figures it is made of: the
 * discounted number of purchases the BG/NBD model expects, times the spend per purchase the
 * Gamma-Gamma model expects.
 *
 * @param customer the customer's key, never null
 * @param probabilityAlive the probability that the customer is still active, in [0, 1]
 * @param expectedTransactions the purchases expected over the horizon, undiscounted, zero or more
 * @param discountedTransactions the same purchases discounted period by period, zero or more
 * @param expectedSpend the expected spend per purchase, positive
 * @param value the discounted transactions times the expected spend, in the purchases' currency
 * @param <C> the customer key type
 * @since 0.1
 */
public record CustomerValue<C>(
    C customer,
    double probabilityAlive,
    double expectedTransactions,
    double discountedTransactions,
    double expectedSpend,
    double value) {

  /** Creates a {@code CustomerValue}, checking its components as the type's comment describes. */
  public CustomerValue {
    requireNonNull(customer, "customer");
    checkArgument(
        probabilityAlive >= 0 && probabilityAlive <= 1,
        "probability alive must be in [0, 1]: %s",
        probabilityAlive);
    checkArgument(
        Double.isFinite(expectedTransactions) && expectedTransactions >= 0,
        "expected transactions must be finite and zero or more: %s",
        expectedTransactions);
    checkArgument(
        Double.isFinite(discountedTransactions)
            && discountedTransactions >= 0
            && discountedTransactions <= expectedTransactions * (1 + 1e-12),
        "discounted transactions must be in [0, %s]: %s",
        expectedTransactions,
        discountedTransactions);
    checkArgument(
        Double.isFinite(expectedSpend) && expectedSpend > 0,
        "expected spend must be positive and finite: %s",
        expectedSpend);
    checkArgument(
        Double.isFinite(value) && value >= 0, "value must be finite and zero or more: %s", value);
  }
}
