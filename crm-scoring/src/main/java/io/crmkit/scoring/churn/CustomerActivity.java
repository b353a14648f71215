package io.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.predictive.FeatureValue;
import io.crmkit.scoring.rfm.Purchase;
import java.util.List;
import java.util.Map;

/**
 * Everything a churn model knows of one customer: their purchases, their other interactions, and
 * attributes such as custom fields or a plan. Features read only what happened before the instant
 * they are computed at, so one activity serves training and scoring at any cut-off.
 *
 * @param customer the customer's key, never null
 * @param purchases the customer's purchases, all of this customer, never null
 * @param interactions the customer's other interactions, never null
 * @param attributes values by attribute name, never null, no null names or values; attributes are
 *     taken as they are now, so only those that do not change with time belong here
 * @param <C> the customer key type
 * @since 0.1
 */
public record CustomerActivity<C>(
    C customer,
    List<Purchase<C>> purchases,
    List<Interaction> interactions,
    Map<String, FeatureValue> attributes) {

  /**
   * Creates a {@code CustomerActivity}, checking its components as the type's comment describes.
   */
  public CustomerActivity {
    requireNonNull(customer, "customer");
    purchases = List.copyOf(requireNonNull(purchases, "purchases"));
    interactions = List.copyOf(requireNonNull(interactions, "interactions"));
    attributes = Map.copyOf(requireNonNull(attributes, "attributes"));
    for (Purchase<C> purchase : purchases) {
      checkArgument(
          purchase.customer().equals(customer),
          "a purchase of %s is in the activity of %s",
          purchase.customer(),
          customer);
    }
  }

  /** Returns the activity of {@code customer} with purchases only. */
  public static <C> CustomerActivity<C> of(C customer, List<Purchase<C>> purchases) {
    return new CustomerActivity<>(customer, purchases, List.of(), Map.of());
  }

  /** Returns a copy with {@code interactions} instead of this one's. */
  public CustomerActivity<C> withInteractions(List<Interaction> interactions) {
    return new CustomerActivity<>(customer, purchases, interactions, attributes);
  }

  /** Returns a copy with {@code attributes} instead of this one's. */
  public CustomerActivity<C> withAttributes(Map<String, FeatureValue> attributes) {
    return new CustomerActivity<>(customer, purchases, interactions, attributes);
  }
}
