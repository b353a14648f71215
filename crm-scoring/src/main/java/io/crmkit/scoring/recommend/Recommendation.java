package io.crmkit.scoring.recommend;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A product suggested to a customer, with its score and the reason: the product it was bought with
 * and by how many customers, or, for a popular product, how many customers bought it.
 *
 * @param item the suggested product, never null
 * @param score how strongly it is suggested (a lift, a cosine or a share of customers), finite and
 *     zero or more
 * @param boughtWith the customer's product it was most often bought with, or null for a suggestion
 *     by popularity
 * @param customers how many customers bought both (or, by popularity, the product), at least 1
 * @param <I> the product key type
 * @since 0.1
 */
public record Recommendation<I>(I item, double score, @Nullable I boughtWith, int customers) {

  /** Creates a {@code Recommendation}, checking its components as the type's comment describes. */
  public Recommendation {
    requireNonNull(item, "item");
    checkArgument(
        Double.isFinite(score) && score >= 0, "score must be finite and zero or more: %s", score);
    checkArgument(customers >= 1, "customers must be at least 1: %s", customers);
  }

  /** Returns the reason in words: "bought with X by N customers" or "bought by N customers". */
  public String explanation() {
    String who = customers == 1 ? "1 customer" : customers + " customers";
    return boughtWith == null ? "bought by " + who : "bought with " + boughtWith + " by " + who;
  }
}
