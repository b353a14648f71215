package io.crmkit.scoring.recommend;

import java.util.List;
import java.util.Set;

/**
 * Something that suggests the next products for a customer from the products they already have.
 * Implementations are immutable and thread-safe.
 *
 * @param <I> the product key type
 * @since 0.1
 */
@FunctionalInterface
public interface Recommender<I> {

  /**
   * Returns at most {@code count} products the customer does not have, best first.
   *
   * @param owned the customer's products, never null (empty for a new customer)
   * @param count at least 1
   */
  List<Recommendation<I>> recommend(Set<I> owned, int count);
}
