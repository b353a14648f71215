package io.crmkit.scoring.rfm;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One customer's purchase history summed up as of the analysis instant, with its RFM scores.
 *
 * @param customer the customer's key, never null
 * @param lastPurchase when the customer last bought, never null
 * @param purchases how many purchases the customer made, at least 1
 * @param spent what the purchases add up to, zero or more, never null
 * @param score the RFM scores, never null
 * @param <C> the customer key type
 * @since 0.1
 */
public record CustomerRfm<C>(
    C customer, Instant lastPurchase, long purchases, BigDecimal spent, RfmScore score) {

  /** Creates a {@code CustomerRfm}, checking its components as the type's comment describes. */
  public CustomerRfm {
    requireNonNull(customer, "customer");
    requireNonNull(lastPurchase, "last purchase");
    requireNonNull(spent, "spent");
    requireNonNull(score, "score");
    checkArgument(purchases >= 1, "a customer has at least one purchase: %s", purchases);
    checkArgument(spent.signum() >= 0, "amount spent is negative: %s", spent);
  }

  /** Returns the customer's named segment. */
  public RfmSegment segment() {
    return score.segment();
  }
}
