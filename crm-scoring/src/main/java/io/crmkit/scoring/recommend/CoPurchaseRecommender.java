package io.crmkit.scoring.recommend;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.recommend.internal.Baskets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Item-to-item recommendations from co-purchases: two products are neighbours when at least a
 * minimum number of customers bought both, scored by a {@link Similarity}; a customer is offered
 * the neighbours of their products they do not have, each scored by its best link and explained by
 * it ("bought with X by N customers").
 *
 * <p>Training counts every pair of distinct products within each customer's whole history, so it
 * costs the sum of the squares of the customers' product counts. Immutable and thread-safe.
 *
 * @param <I> the product key type
 * @since 0.1
 */
public final class CoPurchaseRecommender<I> implements Recommender<I> {

  private static final Comparator<Link> STRONGEST_FIRST =
      Comparator.comparingDouble((Link link) -> -link.score)
          .thenComparingLong(link -> -link.both)
          .thenComparingInt(link -> link.item);

  private final List<I> items;
  private final Map<I, Integer> index;
  private final List<List<Link>> neighbours;

  private CoPurchaseRecommender(Baskets<I> baskets, List<List<Link>> neighbours) {
    this.items = baskets.items();
    this.index = baskets.index();
    this.neighbours = neighbours;
  }

  /**
   * Returns the recommender learnt from {@code purchases}.
   *
   * @param purchases the order lines, in any order, never null, no null element
   * @param minimumSupport how many customers must have bought two products for them to be linked,
   *     at least 1
   * @param similarity how links are scored, never null
   */
  public static <I> CoPurchaseRecommender<I> train(
      Collection<? extends ItemPurchase<?, I>> purchases,
      int minimumSupport,
      Similarity similarity) {
    checkArgument(minimumSupport >= 1, "minimum support must be at least 1: %s", minimumSupport);
    requireNonNull(similarity, "similarity");
    Baskets<I> baskets = Baskets.of(purchases);
    int n = baskets.items().size();
    Map<Long, Long> pairs = new HashMap<>();
    for (BitSet basket : baskets.baskets()) {
      int[] owned = basket.stream().toArray();
      for (int x = 0; x < owned.length; x++) {
        for (int y = x + 1; y < owned.length; y++) {
          pairs.merge((long) owned[x] * n + owned[y], 1L, Long::sum);
        }
      }
    }
    List<List<Link>> neighbours = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      neighbours.add(new ArrayList<>());
    }
    pairs.forEach(
        (pair, both) -> {
          if (both >= minimumSupport) {
            int a = (int) (pair / n);
            int b = (int) (pair % n);
            double score =
                similarity.of(both, baskets.buyers(a), baskets.buyers(b), baskets.customers());
            neighbours.get(a).add(new Link(b, score, both));
            neighbours.get(b).add(new Link(a, score, both));
          }
        });
    neighbours.replaceAll(links -> links.stream().sorted(STRONGEST_FIRST).toList());
    return new CoPurchaseRecommender<>(baskets, List.copyOf(neighbours));
  }

  /** Returns the products linked to {@code item}, strongest first, as recommendations. */
  public List<Recommendation<I>> neighbours(I item) {
    requireNonNull(item, "item");
    Integer i = index.get(item);
    if (i == null) {
      return List.of();
    }
    return neighbours.get(i).stream()
        .map(link -> new Recommendation<>(items.get(link.item), link.score, item, (int) link.both))
        .toList();
  }

  @Override
  public List<Recommendation<I>> recommend(Set<I> owned, int count) {
    requireNonNull(owned, "owned");
    checkArgument(count >= 1, "count must be at least 1: %s", count);
    BitSet has = new BitSet();
    for (I item : owned) {
      Integer i = index.get(requireNonNull(item, "owned item"));
      if (i != null) {
        has.set(i);
      }
    }
    // the best link to each candidate, and the owned product it comes from
    Map<Integer, Link> best = new HashMap<>();
    Map<Integer, Integer> from = new HashMap<>();
    has.stream()
        .forEach(
            source -> {
              for (Link link : neighbours.get(source)) {
                if (!has.get(link.item)) {
                  Link current = best.get(link.item);
                  if (current == null || STRONGEST_FIRST.compare(link, current) < 0) {
                    best.put(link.item, link);
                    from.put(link.item, source);
                  }
                }
              }
            });
    return best.values().stream()
        .sorted(STRONGEST_FIRST)
        .limit(count)
        .map(
            link ->
                new Recommendation<>(
                    items.get(link.item),
                    link.score,
                    items.get(from.get(link.item)),
                    (int) link.both))
        .toList();
  }

  /** A link from one product to another: the other's index, the score, customers of both. */
  private record Link(int item, double score, long both) {}
}
