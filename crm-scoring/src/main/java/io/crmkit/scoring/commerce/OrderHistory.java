package io.crmkit.scoring.commerce;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderLine;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.churn.ChurnModel;
import io.crmkit.scoring.churn.ChurnRisk;
import io.crmkit.scoring.churn.ChurnTrainer;
import io.crmkit.scoring.churn.CustomerActivity;
import io.crmkit.scoring.recommend.CoPurchaseRecommender;
import io.crmkit.scoring.recommend.ItemPurchase;
import io.crmkit.scoring.recommend.Recommendation;
import io.crmkit.scoring.recommend.Similarity;
import io.crmkit.scoring.rfm.Purchase;
import io.crmkit.scoring.rfm.RfmAnalysis;
import io.crmkit.scoring.value.CustomerSummaries;
import io.crmkit.scoring.value.CustomerSummary;
import io.crmkit.scoring.value.CustomerValue;
import io.crmkit.scoring.value.LifetimeValue;
import io.crmkit.scoring.value.ValueHorizon;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The purchases of a tenant's contacts as the analytics read them, taken from their orders in one
 * currency as of one instant: each order that counts (neither cancelled nor refunded in full) is a
 * purchase of its net amount, the total less partial refunds, at the instant it was placed, and
 * each of its lines a purchase of that product. From these it gives RFM, lifetime values, churn
 * models and risks, and co-purchase recommendations without further conversion.
 *
 * <pre>{@code
 * OrderHistory history = CrmAnalytics.on(crm).orders(Currency.getInstance("EUR"));
 * RfmAnalysis<ContactId> rfm = history.rfm();
 * List<CustomerValue<ContactId>> values =
 *     history.lifetimeValues(ValueHorizon.of(52, 1, 0.002), ZoneOffset.UTC, Duration.ofDays(7));
 * List<Recommendation<ProductId>> next =
 *     history.recommend(ana.id(), history.recommender(2, Similarity.COSINE), 3);
 * }</pre>
 *
 * <p>Orders in other currencies are left out, because crmkit never converts between currencies;
 * orders placed after {@code asOf} are left out too. Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class OrderHistory {

  private final Currency currency;
  private final Instant asOf;
  private final List<Purchase<ContactId>> purchases;
  private final List<ItemPurchase<ContactId, ProductId>> items;

  private OrderHistory(
      Currency currency,
      Instant asOf,
      List<Purchase<ContactId>> purchases,
      List<ItemPurchase<ContactId, ProductId>> items) {
    this.currency = currency;
    this.asOf = asOf;
    this.purchases = List.copyOf(purchases);
    this.items = List.copyOf(items);
  }

  /**
   * Returns the history of {@code orders} in {@code currency} as of {@code asOf}.
   *
   * @param orders any orders, in any order, never null
   */
  public static OrderHistory of(Collection<Order> orders, Currency currency, Instant asOf) {
    requireNonNull(orders, "orders");
    requireNonNull(currency, "currency");
    requireNonNull(asOf, "asOf");
    List<Purchase<ContactId>> purchases = new ArrayList<>();
    List<ItemPurchase<ContactId, ProductId>> items = new ArrayList<>();
    for (Order order : orders) {
      requireNonNull(order, "order");
      Instant at = order.details().placedAt();
      if (!order.status().counts()
          || !order.details().currency().equals(currency)
          || at.isAfter(asOf)
          || !order.net().isPositive()) {
        continue;
      }
      ContactId buyer = order.details().contact();
      purchases.add(Purchase.of(buyer, at, order.net().amount()));
      for (OrderLine line : order.details().lines()) {
        items.add(ItemPurchase.of(buyer, line.product(), at));
      }
    }
    return new OrderHistory(currency, asOf, purchases, items);
  }

  /** Returns the currency of the orders read. */
  public Currency currency() {
    return currency;
  }

  /** Returns the instant the history is taken at. */
  public Instant asOf() {
    return asOf;
  }

  /** Returns one purchase per counted order: its buyer, when it was placed, its net amount. */
  public List<Purchase<ContactId>> purchases() {
    return purchases;
  }

  /**
   * Returns one purchase per line of a counted order: its buyer, product and when it was placed.
   */
  public List<ItemPurchase<ContactId, ProductId>> itemPurchases() {
    return items;
  }

  /** Returns each buyer's products, buyers in the order of their first purchase. */
  public Map<ContactId, Set<ProductId>> owned() {
    Map<ContactId, Set<ProductId>> owned = new LinkedHashMap<>();
    for (ItemPurchase<ContactId, ProductId> item : items) {
      owned.computeIfAbsent(item.customer(), key -> new LinkedHashSet<>()).add(item.item());
    }
    return owned;
  }

  /** Returns the RFM analysis of the buyers as of {@link #asOf()}. */
  public RfmAnalysis<ContactId> rfm() {
    return RfmAnalysis.of(purchases, asOf);
  }

  /**
   * Returns each buyer's summary for lifetime value models, observed to the day of {@link #asOf()}
   * in {@code zone}.
   *
   * @param unit the time unit of recency and age, a positive whole number of days
   */
  public List<CustomerSummary<ContactId>> summaries(ZoneId zone, Duration unit) {
    requireNonNull(zone, "zone");
    return CustomerSummaries.of(purchases, LocalDate.ofInstant(asOf, zone), zone, unit);
  }

  /**
   * Fits BG/NBD and Gamma-Gamma to the {@linkplain #summaries buyers' summaries} and returns the
   * value of every buyer over {@code horizon}, the most valuable first.
   *
   * @throws io.crmkit.scoring.value.ModelFitException if the models cannot be fitted (too few
   *     buyers, or no repeat purchase)
   */
  public List<CustomerValue<ContactId>> lifetimeValues(
      ValueHorizon horizon, ZoneId zone, Duration unit) {
    requireNonNull(horizon, "horizon");
    List<CustomerSummary<ContactId>> summaries = summaries(zone, unit);
    return LifetimeValue.fit(summaries).estimateAll(summaries, horizon);
  }

  /**
   * Returns each buyer's activity for churn models: their purchases, buyers in first-purchase
   * order.
   */
  public List<CustomerActivity<ContactId>> activities() {
    Map<ContactId, List<Purchase<ContactId>>> byBuyer = new LinkedHashMap<>();
    for (Purchase<ContactId> purchase : purchases) {
      byBuyer.computeIfAbsent(purchase.customer(), key -> new ArrayList<>()).add(purchase);
    }
    List<CustomerActivity<ContactId>> activities = new ArrayList<>(byBuyer.size());
    byBuyer.forEach((buyer, bought) -> activities.add(CustomerActivity.of(buyer, bought)));
    return activities;
  }

  /**
   * Returns the churn model {@code trainer} learns from the buyers' activities as of {@code
   * cutoff}.
   *
   * @throws io.crmkit.scoring.predictive.InsufficientHistoryException if no buyer, or every buyer,
   *     churned after the cut-off
   */
  public ChurnModel trainChurn(ChurnTrainer trainer, Instant cutoff) {
    requireNonNull(trainer, "trainer");
    return trainer.train(activities(), cutoff);
  }

  /**
   * Returns every buyer's risk of churning under {@code model} as of {@link #asOf()}, with reasons.
   */
  public List<ChurnRisk<ContactId>> churnRisks(ChurnModel model) {
    requireNonNull(model, "model");
    return model.risks(activities(), asOf);
  }

  /**
   * Returns the co-purchase recommender learnt from the lines of the counted orders.
   *
   * @param minimumSupport how many buyers must have bought two products for them to be linked
   */
  public CoPurchaseRecommender<ProductId> recommender(int minimumSupport, Similarity similarity) {
    return CoPurchaseRecommender.train(items, minimumSupport, similarity);
  }

  /**
   * Returns up to {@code count} products for {@code buyer} from {@code recommender}, leaving out
   * what the buyer has already bought.
   */
  public List<Recommendation<ProductId>> recommend(
      ContactId buyer, CoPurchaseRecommender<ProductId> recommender, int count) {
    requireNonNull(buyer, "buyer");
    requireNonNull(recommender, "recommender");
    return recommender.recommend(owned().getOrDefault(buyer, Set.of()), count);
  }
}
