package io.crmkit.scoring.commerce;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.ExternalId;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderAction;
import io.crmkit.core.commerce.OrderDetails;
import io.crmkit.core.commerce.OrderLine;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.core.commerce.Product;
import io.crmkit.core.commerce.ProductDetails;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.money.Money;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.recommend.CoPurchaseRecommender;
import io.crmkit.scoring.recommend.Recommendation;
import io.crmkit.scoring.recommend.Similarity;
import io.crmkit.scoring.rfm.Purchase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderHistoryTests {

  private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
  private static final Currency EUR = Currency.getInstance("EUR");

  private Crm crm;
  private Product seat;
  private Product desk;
  private Product lamp;
  private Contact ana;
  private Contact bea;
  private Contact carl;

  @BeforeEach
  void catalogueAndBuyers() {
    crm = Crm.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    seat = crm.commerce().defineProduct(ProductDetails.of("SEAT", "Seat", eur("40")));
    desk = crm.commerce().defineProduct(ProductDetails.of("DESK", "Desk", eur("300")));
    lamp = crm.commerce().defineProduct(ProductDetails.of("LAMP", "Lamp", eur("25")));
    ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    bea = crm.contacts().create(ContactDetails.builder().name("Bea", "Sousa").build());
    carl = crm.contacts().create(ContactDetails.builder().name("Carl", "Reis").build());
  }

  @Test
  void countsNetAmountsAndLeavesOutCancelledRefundedForeignAndLaterOrders() {
    Order paid = crm.commerce().place(order(ana.id(), 10, seat, desk));
    paid = crm.commerce().move(paid, OrderAction.PAY);
    crm.commerce().refund(paid, eur("40"));
    Order cancelled = crm.commerce().place(order(ana.id(), 9, lamp));
    crm.commerce().move(cancelled, OrderAction.CANCEL);
    crm.commerce()
        .upsertOrder(
            order(bea.id(), 8, desk).withExternalId(ExternalId.of("shop", "B-1")),
            OrderStatus.REFUNDED,
            eur("300"));
    crm.commerce()
        .place(
            OrderDetails.of(
                bea.id(),
                NOW.minus(Duration.ofDays(7)),
                Currency.getInstance("USD"),
                List.of(OrderLine.of(seat.id(), 1, Money.of("40", "USD")))));
    crm.commerce().place(order(carl.id(), -1, lamp));

    OrderHistory history = CrmAnalytics.on(crm).orders(EUR);

    assertThat(history.asOf()).isEqualTo(NOW);
    assertThat(history.purchases())
        .containsExactly(Purchase.of(ana.id(), daysAgo(10), new BigDecimal("300.00")));
    assertThat(history.itemPurchases()).hasSize(2);
    assertThat(history.owned()).containsOnlyKeys(ana.id());
    assertThat(history.rfm().customers())
        .singleElement()
        .satisfies(rfm -> assertThat(rfm.customer()).isEqualTo(ana.id()));
  }

  @Test
  void recommendsWhatOthersBoughtWithTheBuyersProductsButNotWhatTheyHave() {
    crm.commerce().place(order(ana.id(), 20, seat, desk));
    crm.commerce().place(order(bea.id(), 15, seat, desk, lamp));
    crm.commerce().place(order(carl.id(), 12, desk, lamp));
    crm.commerce().place(order(ana.id(), 3, seat));

    OrderHistory history = CrmAnalytics.on(crm).orders(EUR);
    CoPurchaseRecommender<ProductId> recommender = history.recommender(1, Similarity.COSINE);
    List<Recommendation<ProductId>> next = history.recommend(ana.id(), recommender, 3);

    assertThat(next).extracting(Recommendation::item).containsExactly(lamp.id());
    assertThat(next.get(0).boughtWith()).isEqualTo(desk.id());
    assertThat(next.get(0).customers()).isEqualTo(2);
    assertThat(history.activities())
        .extracting(activity -> activity.purchases().size())
        .containsExactly(2, 1, 1);
  }

  @Test
  void summarisesRepeatBuyersForLifetimeValue() {
    crm.commerce().place(order(ana.id(), 70, seat));
    crm.commerce().place(order(ana.id(), 35, desk));
    crm.commerce().place(order(ana.id(), 35, lamp));
    crm.commerce().place(order(bea.id(), 14, desk));

    OrderHistory history = CrmAnalytics.on(crm).orders(EUR);

    assertThat(history.summaries(ZoneOffset.UTC, Duration.ofDays(7)))
        .satisfiesExactly(
            anas -> {
              // two days of orders: one repeat, 5 weeks after the first, 10 weeks ago
              assertThat(anas.frequency()).isEqualTo(1);
              assertThat(anas.recency()).isEqualTo(5.0);
              assertThat(anas.age()).isCloseTo(10.0, org.assertj.core.api.Assertions.within(0.15));
              assertThat(anas.meanRepeatSpend()).isEqualTo(325.0);
            },
            beas -> assertThat(beas.frequency()).isZero());
  }

  private static OrderDetails order(ContactId buyer, int daysAgo, Product... products) {
    return OrderDetails.of(
        buyer,
        daysAgo(daysAgo),
        EUR,
        java.util.Arrays.stream(products)
            .map(product -> OrderLine.of(product.id(), 1, product.details().listPrice()))
            .toList());
  }

  private static Instant daysAgo(int days) {
    return NOW.minus(Duration.ofDays(days));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
