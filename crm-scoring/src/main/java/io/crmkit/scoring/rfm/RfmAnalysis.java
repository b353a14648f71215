package io.crmkit.scoring.rfm;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The RFM analysis of a set of customers as of one instant: each customer's last purchase, number
 * of purchases and amount spent, scored 1 to 5 by quintile against the others (later, more often
 * and more is better), and its {@link RfmSegment}.
 *
 * <p>Purchases after the instant are left out; customers without a purchase before it do not
 * appear. Equal values share a score (the quintile where their run of ties starts), so one-time
 * buyers, often half of all customers, all score F 1. Immutable.
 *
 * @param <C> the customer key type
 * @since 0.1
 */
public final class RfmAnalysis<C> {

  private final Instant asOf;
  private final Map<C, CustomerRfm<C>> customers;

  private RfmAnalysis(Instant asOf, Map<C, CustomerRfm<C>> customers) {
    this.asOf = asOf;
    this.customers = customers;
  }

  /**
   * Analyses purchases as of an instant.
   *
   * @param purchases the purchases, in any order, never null, no null element
   * @param asOf the instant of the analysis, never null
   */
  public static <C> RfmAnalysis<C> of(Collection<Purchase<C>> purchases, Instant asOf) {
    requireNonNull(purchases, "purchases");
    requireNonNull(asOf, "asOf");
    Map<C, History> histories = new LinkedHashMap<>();
    for (Purchase<C> purchase : purchases) {
      requireNonNull(purchase, "purchase");
      if (!purchase.at().isAfter(asOf)) {
        histories.computeIfAbsent(purchase.customer(), key -> new History()).add(purchase);
      }
    }
    List<C> keys = new ArrayList<>(histories.keySet());
    List<Instant> recency = new ArrayList<>();
    List<Long> frequency = new ArrayList<>();
    List<BigDecimal> monetary = new ArrayList<>();
    for (C key : keys) {
      History history = histories.get(key);
      recency.add(history.last);
      frequency.add(history.count);
      monetary.add(history.spent);
    }
    int[] r = Quintiles.scores(recency);
    int[] f = Quintiles.scores(frequency);
    int[] m = Quintiles.scores(monetary);
    Map<C, CustomerRfm<C>> customers = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      History history = histories.get(keys.get(i));
      customers.put(
          keys.get(i),
          new CustomerRfm<>(
              keys.get(i),
              history.last,
              history.count,
              history.spent,
              RfmScore.of(r[i], f[i], m[i])));
    }
    return new RfmAnalysis<>(asOf, customers);
  }

  /** Returns the instant of the analysis. */
  public Instant asOf() {
    return asOf;
  }

  /** Returns every customer, in the order of their first purchase in the input. */
  public List<CustomerRfm<C>> customers() {
    return List.copyOf(customers.values());
  }

  /** Finds one customer's result. */
  public Optional<CustomerRfm<C>> customer(C customer) {
    return Optional.ofNullable(customers.get(requireNonNull(customer, "customer")));
  }

  /** Returns how many customers fall in each segment, every segment listed, in enum order. */
  public Map<RfmSegment, Long> segmentSizes() {
    Map<RfmSegment, Long> sizes = new EnumMap<>(RfmSegment.class);
    for (RfmSegment segment : RfmSegment.values()) {
      sizes.put(segment, 0L);
    }
    customers.values().forEach(customer -> sizes.merge(customer.segment(), 1L, Long::sum));
    return Collections.unmodifiableMap(sizes);
  }

  /** One customer's running totals while the purchases are read. */
  private static final class History {
    private Instant last = Instant.MIN;
    private long count;
    private BigDecimal spent = BigDecimal.ZERO;

    void add(Purchase<?> purchase) {
      if (purchase.at().isAfter(last)) {
        last = purchase.at();
      }
      count++;
      spent = spent.add(purchase.amount());
    }
  }
}
