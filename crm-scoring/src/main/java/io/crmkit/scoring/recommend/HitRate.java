package io.crmkit.scoring.recommend;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The hit rate at k of a recommender on a time-ordered split: trained on the purchases before a
 * cut-off, it recommends k products to every customer who bought before the cut-off and bought a
 * product new to them after it; a hit is a customer for whom one of the k is among those new
 * products.
 *
 * @param k how many products were recommended to each customer, at least 1
 * @param customers how many customers were tested
 * @param hits how many of them got a hit
 * @since 0.1
 */
public record HitRate(int k, int customers, int hits) {

  /** Creates a {@code HitRate}, checking its components as the type's comment describes. */
  public HitRate {
    checkArgument(k >= 1, "k must be at least 1: %s", k);
    checkArgument(hits >= 0 && hits <= customers, "hits must be in [0, %s]: %s", customers, hits);
  }

  /** Returns the share of tested customers who got a hit, or 0 when none was tested. */
  public double rate() {
    return customers == 0 ? 0 : (double) hits / customers;
  }

  /**
   * Measures the recommender that {@code trainer} learns from the purchases before {@code cutoff}.
   *
   * @param purchases every order line, before and after the cut-off, never null
   * @param cutoff the instant that splits training from test, never null
   * @param k how many products to recommend, at least 1
   * @param trainer how to learn a recommender from the training purchases, never null
   */
  public static <C, I> HitRate of(
      Collection<ItemPurchase<C, I>> purchases,
      Instant cutoff,
      int k,
      Function<List<ItemPurchase<C, I>>, ? extends Recommender<I>> trainer) {
    requireNonNull(purchases, "purchases");
    requireNonNull(cutoff, "cutoff");
    requireNonNull(trainer, "trainer");
    checkArgument(k >= 1, "k must be at least 1: %s", k);
    List<ItemPurchase<C, I>> training =
        purchases.stream().filter(p -> p.at().isBefore(cutoff)).toList();
    Map<C, Set<I>> owned = new LinkedHashMap<>();
    training.forEach(
        p -> owned.computeIfAbsent(p.customer(), key -> new HashSet<>()).add(p.item()));
    Map<C, Set<I>> fresh = new LinkedHashMap<>();
    for (ItemPurchase<C, I> purchase : purchases) {
      Set<I> had = owned.get(purchase.customer());
      if (!purchase.at().isBefore(cutoff) && had != null && !had.contains(purchase.item())) {
        fresh.computeIfAbsent(purchase.customer(), key -> new HashSet<>()).add(purchase.item());
      }
    }
    Recommender<I> recommender = trainer.apply(training);
    int hits = 0;
    for (Map.Entry<C, Set<I>> customer : fresh.entrySet()) {
      Set<I> bought = customer.getValue();
      if (recommender.recommend(owned.get(customer.getKey()), k).stream()
          .anyMatch(r -> bought.contains(r.item()))) {
        hits++;
      }
    }
    return new HitRate(k, fresh.size(), hits);
  }
}
