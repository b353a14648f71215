package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.ExternalId;
import io.crmkit.core.PageRequest;
import io.crmkit.core.commerce.Billing;
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
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.money.Money;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.commerce.OrderHistory;
import io.crmkit.scoring.forecast.MonteCarloForecast;
import io.crmkit.scoring.forecast.PeriodUnit;
import io.crmkit.scoring.forecast.RevenueOutlook;
import io.crmkit.scoring.forecast.SalesPeriod;
import io.crmkit.scoring.forecast.SimulatedDeal;
import io.crmkit.scoring.forecast.SimulatedRevenue;
import io.crmkit.scoring.recommend.Recommendation;
import io.crmkit.scoring.recommend.Similarity;
import io.crmkit.scoring.rfm.RfmSegment;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * A small shop's orders in the CRM: a catalogue, orders placed, paid, partly refunded and
 * cancelled, an order imported twice from the web shop, a won deal made into an order, then RFM,
 * next-best products and a Monte Carlo forecast of the open deals, all fed from the orders.
 *
 * @since 0.1
 */
public final class OrdersAndCustomerValue {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

  private OrdersAndCustomerValue() {}

  /** Places and imports orders on a fixed clock and prints what the analytics make of them. */
  public static void main(String[] args) {
    Crm crm = Crm.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    Product beans =
        crm.commerce()
            .defineProduct(
                new ProductDetails(
                    "BEANS-1KG", "Beans, 1 kg", "Coffee", eur("18.00"), Billing.RECURRING, true));
    Product grinder =
        crm.commerce()
            .defineProduct(
                new ProductDetails(
                    "GRINDER", "Grinder", "Machines", eur("120.00"), Billing.ONE_OFF, true));
    Product filters =
        crm.commerce().defineProduct(ProductDetails.of("FILTERS", "Filters", eur("4.00")));
    Product mugs = crm.commerce().defineProduct(ProductDetails.of("MUGS", "Mugs", eur("24.00")));

    Contact ana = buyer(crm, "Ana", "Lima");
    Contact bea = buyer(crm, "Bea", "Sousa");
    Contact carl = buyer(crm, "Carl", "Reis");
    place(crm, ana, 90, List.of(grinder, beans, filters));
    place(crm, ana, 30, List.of(beans));
    place(crm, bea, 60, List.of(grinder, beans));
    place(crm, carl, 45, List.of(beans, filters, mugs));

    // Bea pays, then gets one bag of beans paid back; Carl's second order is called off
    Order beas = place(crm, bea, 20, List.of(beans, mugs));
    beas = crm.commerce().move(beas, OrderAction.PAY);
    beas = crm.commerce().refund(beas, eur("18.00"));
    crm.commerce().move(place(crm, carl, 10, List.of(grinder)), OrderAction.CANCEL);
    System.out.println("Bea's refund: net " + beas.net() + " of " + beas.total());

    // the web shop reports the same order twice: stored once
    OrderDetails fromShop =
        details(ana.id(), 5, List.of(mugs)).withExternalId(ExternalId.of("shop", "WS-1042"));
    Order imported = crm.commerce().upsertOrder(fromShop, OrderStatus.PAID, eur("0"));
    Order again = crm.commerce().upsertOrder(fromShop, OrderStatus.PAID, eur("0"));
    System.out.println(
        "imported WS-1042 twice: version "
            + again.version()
            + ", same order "
            + again.id().equals(imported.id()));

    // a won deal becomes an order of the product its amount buys
    Pipeline sales = crm.pipelines().builder("Office coffee").stage("Proposal", 50).create();
    Deal office =
        openDeal(crm, sales, carl, "Carl: office grinder", "360", LocalDate.of(2026, 5, 29));
    Order fromDeal = crm.commerce().orderFromDeal(crm.deals().win(office).id(), grinder.id());
    System.out.println(
        "from the won deal: " + fromDeal.details().channel() + " order of " + fromDeal.total());
    System.out.println(
        "Ana's orders: " + crm.commerce().ordersOf(ana.id(), PageRequest.first(10)).items().size());

    OrderHistory history = CrmAnalytics.on(crm).orders(EUR);
    Map<RfmSegment, Long> segments = new java.util.LinkedHashMap<>(history.rfm().segmentSizes());
    segments.values().removeIf(size -> size == 0);
    System.out.println("RFM segments: " + segments);
    List<Recommendation<ProductId>> next =
        history.recommend(bea.id(), history.recommender(1, Similarity.COSINE), 2);
    for (Recommendation<ProductId> recommendation : next) {
      System.out.println(
          "for Bea: "
              + crm.commerce().getProduct(recommendation.item()).details().name()
              + ", bought with "
              + crm.commerce().getProduct(recommendation.boughtWith()).details().name()
              + " by "
              + recommendation.customers());
    }

    openDeal(crm, sales, ana, "Ana: café fit-out", "4000", LocalDate.of(2026, 7, 10));
    openDeal(crm, sales, bea, "Bea: beans subscription", "1500", LocalDate.of(2026, 8, 20));
    openDeal(crm, sales, carl, "Carl: second office", "2500", LocalDate.of(2026, 9, 5));
    List<SimulatedDeal> open =
        crm.deals().search(DealQuery.all(), PageRequest.first(100)).items().stream()
            .flatMap(deal -> SimulatedDeal.atStageProbability(deal).stream())
            .toList();
    RevenueOutlook outlook =
        MonteCarloForecast.of(EUR, PeriodUnit.QUARTER).runs(10_000).seed(42).simulate(open);
    SimulatedRevenue q3 = outlook.period(SalesPeriod.quarter(2026, 3)).orElseThrow();
    System.out.println("Q3 forecast: P10 " + q3.p10() + ", P50 " + q3.p50() + ", P90 " + q3.p90());
    System.out.printf(
        "chance of reaching 4000.00 EUR: %.2f%n", q3.probabilityOfReaching(eur("4000")));
  }

  private static Contact buyer(Crm crm, String first, String last) {
    return crm.contacts().create(ContactDetails.builder().name(first, last).build());
  }

  private static Order place(Crm crm, Contact buyer, int daysAgo, List<Product> products) {
    return crm.commerce().place(details(buyer.id(), daysAgo, products));
  }

  private static OrderDetails details(ContactId buyer, int daysAgo, List<Product> products) {
    return OrderDetails.of(
        buyer,
        NOW.minus(Duration.ofDays(daysAgo)),
        EUR,
        products.stream()
            .map(product -> OrderLine.of(product.id(), 1, product.details().listPrice()))
            .toList());
  }

  private static Deal openDeal(
      Crm crm,
      Pipeline pipeline,
      Contact contact,
      String name,
      String amount,
      LocalDate closeDate) {
    return crm.deals()
        .open(
            pipeline.id(),
            DealDetails.builder()
                .name(name)
                .amount(amount, "EUR")
                .expectedCloseDate(closeDate)
                .contact(contact.id(), DealRole.DECISION_MAKER)
                .build());
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
