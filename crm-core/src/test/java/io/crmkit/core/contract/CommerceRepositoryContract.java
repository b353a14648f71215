package io.crmkit.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.Crm;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.commerce.Billing;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderAction;
import io.crmkit.core.commerce.OrderChannel;
import io.crmkit.core.commerce.OrderDetails;
import io.crmkit.core.commerce.OrderEvent;
import io.crmkit.core.commerce.OrderId;
import io.crmkit.core.commerce.OrderLine;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.core.commerce.Product;
import io.crmkit.core.commerce.ProductDetails;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.money.Money;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ContactView;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every storage of products and orders ({@link io.crmkit.core.spi.ProductRepository}, {@link
 * io.crmkit.core.spi.OrderRepository}) must do, directly and under the CRM's commerce service: keep
 * an order whole (lines, status history, refunds), a unique sku and external id per tenant, a
 * contact's orders in keyset pages, optimistic locking, idempotent imports and won deals made into
 * one order each. An adapter's test class extends this and returns a fresh, empty storage from
 * {@link #newStorage()}.
 */
public abstract class CommerceRepositoryContract {

  private static final TenantId ACME = TenantId.of("acme");
  private static final TenantId GLOBEX = TenantId.of("globex");
  private static final UserId ALICE = UserId.of("alice");
  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant T0 = TestClock.START;

  private CrmStorage storage;
  private RecordingPublisher published;
  private Crm crm;
  private Contact ana;
  private Company acme;
  private Product seat;
  private Product support;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openCrm() {
    storage = newStorage();
    published = new RecordingPublisher();
    crm =
        Crm.builder()
            .storage(storage)
            .tenant(ACME)
            .actor(ALICE)
            .clock(TestClock.atStart())
            .eventPublisher(published)
            .build();
    acme = crm.companies().create(CompanyDetails.builder().name("Acme").build());
    ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    seat =
        crm.commerce()
            .defineProduct(
                new ProductDetails(
                    "SEAT-1",
                    "Seat",
                    "Licences",
                    Money.of("40.00", "EUR"),
                    Billing.RECURRING,
                    true));
    support = crm.commerce().defineProduct(ProductDetails.of("SUP", "Support", eur("250")));
  }

  @Test
  void keepsAnOrderWithItsLinesHistoryAndRefunds() {
    Order placed =
        crm.commerce()
            .place(
                new OrderDetails(
                    ana.id(),
                    acme.id(),
                    OrderChannel.PARTNER,
                    "spring-2026",
                    ExternalId.of("shop", "A-1"),
                    T0.minus(Duration.ofDays(1)),
                    EUR,
                    List.of(
                        OrderLine.of(seat.id(), 5, eur("40")).withDiscount(eur("20")),
                        OrderLine.of(support.id(), 1, eur("250")))));
    Order paid = crm.commerce().move(placed, OrderAction.PAY);
    Order refunded = crm.commerce().refund(paid, eur("40"));

    Order stored = storage.orders().find(ACME, placed.id()).orElseThrow();
    assertThat(stored).isEqualTo(refunded);
    assertThat(stored.total()).isEqualTo(eur("430"));
    assertThat(stored.refunded()).isEqualTo(eur("40"));
    assertThat(stored.net()).isEqualTo(eur("390"));
    assertThat(stored.status()).isEqualTo(OrderStatus.PAID);
    assertThat(stored.history())
        .singleElement()
        .satisfies(
            move -> {
              assertThat(move.from()).isEqualTo(OrderStatus.PLACED);
              assertThat(move.to()).isEqualTo(OrderStatus.PAID);
            });
    assertThat(stored.version()).isEqualTo(3);
  }

  @Test
  void keepsAProductWithItsDetails() {
    Product stored = storage.products().find(ACME, seat.id()).orElseThrow();

    assertThat(stored).isEqualTo(seat);
    assertThat(storage.products().findBySku(ACME, "SEAT-1")).contains(seat);
    assertThat(storage.products().findBySku(GLOBEX, "SEAT-1")).isEmpty();
    assertThat(storage.products().all(ACME, PageRequest.first(10)).items())
        .containsExactly(seat, support);
  }

  @Test
  void refusesASkuTakenInTheTenantButNotInAnother() {
    assertThatThrownBy(
            () -> crm.commerce().defineProduct(ProductDetails.of("SEAT-1", "Chair", eur("1"))))
        .isInstanceOf(DuplicateException.class);
    assertThatThrownBy(
            () ->
                crm.commerce()
                    .updateProduct(
                        support,
                        new ProductDetails(
                            "SEAT-1", "Support", "", eur("250"), Billing.ONE_OFF, true)))
        .isInstanceOf(DuplicateException.class);
    Product other =
        Product.define(
                ProductId.of(Ids.next()),
                ACME,
                ProductDetails.of("SEAT-1", "Chair", eur("1")),
                T0,
                ALICE)
            .state();
    assertThatThrownBy(() -> storage.products().insert(other))
        .isInstanceOf(DuplicateException.class);

    Crm globex = crm.forTenant(GLOBEX, ALICE);
    assertThat(
            globex.commerce().defineProduct(ProductDetails.of("SEAT-1", "Seat", eur("40"))).sku())
        .isEqualTo("SEAT-1");
  }

  @Test
  void refusesAnExternalIdTakenInTheTenant() {
    OrderDetails first = oneSeat(ana.id(), T0).withExternalId(ExternalId.of("shop", "A-1"));
    crm.commerce().place(first);

    assertThatThrownBy(() -> crm.commerce().place(first)).isInstanceOf(DuplicateException.class);
    Order copy = Order.place(OrderId.of(Ids.next()), ACME, first, null, T0, ALICE).state();
    assertThatThrownBy(() -> storage.orders().insert(copy)).isInstanceOf(DuplicateException.class);
    assertThat(storage.orders().findByExternalId(ACME, ExternalId.of("shop", "A-1"))).isPresent();
    assertThat(storage.orders().findByExternalId(GLOBEX, ExternalId.of("shop", "A-1"))).isEmpty();
  }

  @Test
  void refusesAStaleVersion() {
    Order placed = crm.commerce().place(oneSeat(ana.id(), T0));
    crm.commerce().move(placed, OrderAction.PAY);

    assertThatThrownBy(() -> crm.commerce().move(placed, OrderAction.CANCEL))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> storage.orders().update(placed, placed.version()))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(storage.orders().find(ACME, placed.id()).orElseThrow().status())
        .isEqualTo(OrderStatus.PAID);
  }

  @Test
  void pagesAContactsOrdersInIdOrder() {
    Contact bea = crm.contacts().create(ContactDetails.builder().name("Bea", "Sousa").build());
    List<OrderId> anas = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      anas.add(crm.commerce().place(oneSeat(ana.id(), T0.plusSeconds(i))).id());
      crm.commerce().place(oneSeat(bea.id(), T0.plusSeconds(i)));
    }

    List<OrderId> paged = new ArrayList<>();
    Page<Order> page = crm.commerce().ordersOf(ana.id(), PageRequest.first(2));
    paged.addAll(page.items().stream().map(Order::id).toList());
    while (page.hasNext()) {
      page = crm.commerce().ordersOf(ana.id(), PageRequest.after(page.next(), 2));
      paged.addAll(page.items().stream().map(Order::id).toList());
    }

    assertThat(paged).containsExactlyElementsOf(anas);
    assertThat(storage.orders().all(ACME, PageRequest.first(100)).items()).hasSize(10);
  }

  @Test
  void showsEachOrderOnTheContactsTimeline() {
    Order placed =
        crm.commerce().place(oneSeat(ana.id(), T0).withExternalId(ExternalId.of("shop", "A-7")));

    ContactView view = crm.timeline().view(ana.id(), PageRequest.first(10));

    assertThat(view.activities().items())
        .singleElement()
        .satisfies(
            activity -> {
              assertThat(activity.id()).isEqualTo(placed.activity().orElseThrow());
              assertThat(activity.entry().details())
                  .isEqualTo(new ActivityDetails.Order("A-7", eur("40")));
              assertThat(activity.entry().occurredAt()).isEqualTo(T0);
            });
  }

  @Test
  void importsAnOrderOnceHoweverOftenItIsReported() {
    OrderDetails report = oneSeat(ana.id(), T0).withExternalId(ExternalId.of("shop", "A-2"));

    Order first = crm.commerce().upsertOrder(report, OrderStatus.PAID, eur("0"));
    int eventsAfterFirst = published.events().size();
    Order again = crm.commerce().upsertOrder(report, OrderStatus.PAID, eur("0"));

    assertThat(first.status()).isEqualTo(OrderStatus.PAID);
    assertThat(first.version()).isEqualTo(1);
    assertThat(again).isEqualTo(first);
    assertThat(published.events()).hasSize(eventsAfterFirst);
    assertThat(crm.commerce().ordersOf(ana.id(), PageRequest.first(10)).items()).hasSize(1);
  }

  @Test
  void importsChangesOfAnOrderAsOneNewVersion() {
    OrderDetails report = oneSeat(ana.id(), T0).withExternalId(ExternalId.of("shop", "A-3"));
    Order first = crm.commerce().upsertOrder(report, OrderStatus.PLACED, eur("0"));
    OrderDetails changed = report.withCampaign("autumn").withCompany(acme.id());

    Order second = crm.commerce().upsertOrder(changed, OrderStatus.FULFILLED, eur("10"));

    assertThat(second.id()).isEqualTo(first.id());
    assertThat(second.version()).isEqualTo(2);
    assertThat(second.details()).isEqualTo(changed);
    assertThat(second.status()).isEqualTo(OrderStatus.FULFILLED);
    assertThat(second.net()).isEqualTo(eur("30"));
    assertThat(storage.orders().find(ACME, first.id())).contains(second);
    assertThat(published.events())
        .filteredOn(OrderEvent.class::isInstance)
        .extracting(event -> event.getClass().getSimpleName())
        .containsExactly("OrderPlaced", "OrderRevised", "OrderStatusChanged", "OrderRefunded");
  }

  @Test
  void makesOneOrderOfAWonDeal() {
    Pipeline pipeline =
        crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.FLEXIBLE);
    Deal deal =
        crm.deals()
            .open(
                pipeline.id(),
                DealDetails.builder()
                    .name("Renewal")
                    .amount(eur("1200"))
                    .contact(ana.id(), DealRole.DECISION_MAKER)
                    .company(acme.id())
                    .build());
    assertThatThrownBy(() -> crm.commerce().orderFromDeal(deal.id(), support.id()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not won");
    Deal won = crm.deals().win(deal);

    Order order = crm.commerce().orderFromDeal(won.id(), support.id());
    Order again = crm.commerce().orderFromDeal(won.id(), support.id());

    assertThat(again).isEqualTo(order);
    assertThat(order.details().contact()).isEqualTo(ana.id());
    assertThat(order.details().company()).isEqualTo(acme.id());
    assertThat(order.details().channel()).isEqualTo(OrderChannel.SALES);
    assertThat(order.details().lines()).containsExactly(OrderLine.of(support.id(), 1, eur("1200")));
    assertThat(order.details().placedAt()).isEqualTo(won.closedAt().orElseThrow());
    assertThat(crm.commerce().ordersOf(ana.id(), PageRequest.first(10)).items()).hasSize(1);
  }

  private OrderDetails oneSeat(ContactId buyer, Instant at) {
    return OrderDetails.of(buyer, at, EUR, List.of(OrderLine.of(seat.id(), 1, eur("40"))));
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
