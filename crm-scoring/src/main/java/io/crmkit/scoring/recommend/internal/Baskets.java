package io.crmkit.scoring.recommend.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.recommend.ItemPurchase;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The products each customer has, as sets of item indices in order of first appearance, with how
 * many customers have each product: what both recommenders count from.
 *
 * @param <I> the product key type
 */
public final class Baskets<I> {

  private final List<I> items;
  private final Map<I, Integer> index;
  private final List<BitSet> baskets;
  private final long[] buyers;

  private Baskets(List<I> items, Map<I, Integer> index, List<BitSet> baskets) {
    this.items = List.copyOf(items);
    this.index = Map.copyOf(index);
    this.baskets = List.copyOf(baskets);
    this.buyers = new long[items.size()];
    for (BitSet basket : baskets) {
      basket.stream().forEach(item -> buyers[item]++);
    }
  }

  /** Returns the baskets of {@code purchases}: each customer's distinct products. */
  public static <I> Baskets<I> of(Collection<? extends ItemPurchase<?, I>> purchases) {
    requireNonNull(purchases, "purchases");
    List<I> items = new ArrayList<>();
    Map<I, Integer> index = new HashMap<>();
    Map<Object, BitSet> byCustomer = new LinkedHashMap<>();
    for (ItemPurchase<?, I> purchase : purchases) {
      requireNonNull(purchase, "purchase");
      int item =
          index.computeIfAbsent(
              purchase.item(),
              key -> {
                items.add(key);
                return items.size() - 1;
              });
      byCustomer.computeIfAbsent(purchase.customer(), key -> new BitSet()).set(item);
    }
    return new Baskets<>(items, index, new ArrayList<>(byCustomer.values()));
  }

  /** Returns the products, by index. */
  public List<I> items() {
    return items;
  }

  /** Returns the index of each product. */
  public Map<I, Integer> index() {
    return index;
  }

  /** Returns each customer's products. */
  public List<BitSet> baskets() {
    return baskets;
  }

  /** Returns how many customers bought product {@code item}. */
  public long buyers(int item) {
    return buyers[item];
  }

  /** Returns how many customers there are. */
  public int customers() {
    return baskets.size();
  }
}
