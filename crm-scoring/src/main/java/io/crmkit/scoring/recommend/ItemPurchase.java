package io.crmkit.scoring.recommend;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One product bought by one customer at one instant: an order line as a recommender reads it.
 *
 * @param customer the customer's key, never null
 * @param item the product's key (a SKU, a product id), never null
 * @param at when it was bought, never null
 * @param <C> the customer key type
 * @param <I> the product key type
 * @since 0.1
 */
public record ItemPurchase<C, I>(C customer, I item, Instant at) {

  /** Creates an {@code ItemPurchase}, checking its components as the type's comment describes. */
  public ItemPurchase {
    requireNonNull(customer, "customer");
    requireNonNull(item, "item");
    requireNonNull(at, "purchase instant");
  }

  /** Returns the purchase of {@code item} by {@code customer} at {@code at}. */
  public static <C, I> ItemPurchase<C, I> of(C customer, I item, Instant at) {
    return new ItemPurchase<>(customer, item, at);
  }
}
