package io.crmkit.scoring.recommend;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.recommend.internal.Baskets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The recommender of the products most customers bought, leaving out what the customer has: the
 * suggestion for a customer without history, and the baseline any other recommender must beat.
 * Immutable and thread-safe.
 *
 * @param <I> the product key type
 * @since 0.1
 */
public final class PopularityRecommender<I> implements Recommender<I> {

  private final List<Recommendation<I>> ranked;

  private PopularityRecommender(List<Recommendation<I>> ranked) {
    this.ranked = ranked;
  }

  /** Returns the recommender of the products in {@code purchases}, most customers first. */
  public static <I> PopularityRecommender<I> train(
      Collection<? extends ItemPurchase<?, I>> purchases) {
    Baskets<I> baskets = Baskets.of(purchases);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < baskets.items().size(); i++) {
      order.add(i);
    }
    // most buyers first, then first seen first
    order.sort(Comparator.comparingLong((Integer i) -> -baskets.buyers(i)).thenComparing(i -> i));
    List<Recommendation<I>> ranked = new ArrayList<>(order.size());
    for (int i : order) {
      ranked.add(
          new Recommendation<>(
              baskets.items().get(i),
              (double) baskets.buyers(i) / baskets.customers(),
              null,
              (int) baskets.buyers(i)));
    }
    return new PopularityRecommender<>(List.copyOf(ranked));
  }

  @Override
  public List<Recommendation<I>> recommend(Set<I> owned, int count) {
    requireNonNull(owned, "owned");
    checkArgument(count >= 1, "count must be at least 1: %s", count);
    return ranked.stream().filter(r -> !owned.contains(r.item())).limit(count).toList();
  }
}
