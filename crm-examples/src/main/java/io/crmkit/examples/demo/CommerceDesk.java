package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.ExternalId;
import io.crmkit.core.commerce.Billing;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderAction;
import io.crmkit.core.commerce.OrderChannel;
import io.crmkit.core.commerce.OrderDetails;
import io.crmkit.core.commerce.OrderLine;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.core.commerce.Product;
import io.crmkit.core.commerce.ProductDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The shop of the demo's year: a small catalogue of seats, add-ons and services sold in the web
 * shop and by partners, and the team licence that a won deal becomes. The web shop reports each
 * order in the nightly batch with its status, as a shop integration does: most are paid by card and
 * delivered at once, some wait for an invoice to be paid or cancelled, a few are refunded in part
 * or in full weeks later. A won deal becomes a sales order of the licence, paid and then delivered
 * in the weeks after the win.
 *
 * <p>Customers differ in how much they buy, and each stops buying some time after becoming a
 * customer: an order the stream of interactions gives to a customer who has stopped, or who has
 * less appetite, goes to another customer. That is the behaviour the lifetime value and churn
 * models of the report look for.
 */
final class CommerceDesk {

  /** The system name of the web shop, whose order numbers are the orders' external ids. */
  static final String SHOP = "web-shop";

  /** The sku of the product a won deal becomes. */
  static final String LICENCE = "TEAM-LICENCE";

  /** How long a customer keeps buying on average, in days. */
  private static final double MEAN_LIFETIME_DAYS = 270;

  /** A product of the catalogue, how often it leads a basket, and what it is bought with. */
  private record Item(
      String sku,
      String name,
      String family,
      String price,
      Billing billing,
      int weight,
      String companion) {}

  private static final List<Item> CATALOGUE =
      List.of(
          new Item(
              "SEATS-5",
              "5 user seats, a month",
              "Licences",
              "145",
              Billing.RECURRING,
              30,
              "STORAGE"),
          new Item("STORAGE", "Storage, 100 GB", "Add-ons", "49", Billing.RECURRING, 15, "BACKUP"),
          new Item("BACKUP", "Daily backup", "Add-ons", "39", Billing.RECURRING, 10, "STORAGE"),
          new Item("API", "API access", "Add-ons", "99", Billing.RECURRING, 12, "WEBHOOKS"),
          new Item("WEBHOOKS", "Webhook pack", "Add-ons", "29", Billing.RECURRING, 5, "API"),
          new Item(
              "TRAINING",
              "Online training, half a day",
              "Services",
              "390",
              Billing.ONE_OFF,
              10,
              "TEMPLATES"),
          new Item(
              "TEMPLATES", "Template library", "Add-ons", "79", Billing.ONE_OFF, 10, "TRAINING"),
          new Item(
              "SUPPORT",
              "Priority support, a month",
              "Services",
              "199",
              Billing.RECURRING,
              8,
              "TRAINING"));

  /** The campaigns whose links bring buyers to the web shop. */
  private static final List<String> WEB_CAMPAIGNS =
      DemoDataGenerator.CAMPAIGNS.stream()
          .filter(campaign -> campaign.source() == LeadSource.WEB_FORM)
          .map(DemoDataGenerator.Campaign::id)
          .toList();

  private static final String PARTNER_CAMPAIGN = "partner-portal";

  /** How much a customer buys (0 to 1) and when they stop. */
  private record Customer(double appetite, Instant leaves) {
    boolean buys(Instant at, double draw) {
      return at.isBefore(leaves) && draw < appetite;
    }
  }

  /**
   * What the shop did over the year: the orders placed, the web orders paid by invoice, the
   * refunds, and the seconds its work took within the year's.
   */
  record Year(long orders, long invoiced, long refunds, double seconds) {}

  private final Crm crm;
  private final Agenda agenda;
  private final Random random;
  private final Map<String, Product> products = new LinkedHashMap<>();
  private final List<ContactId> customers = new ArrayList<>();
  private final Map<ContactId, Customer> profiles = new HashMap<>();
  private int totalWeight;
  private long shopOrders;
  private long dealOrders;
  private long invoiced;
  private long refunds;
  private final WorkTimer timer = new WorkTimer();

  CommerceDesk(Crm crm, Agenda agenda, Random random) {
    this.crm = requireNonNull(crm, "crm");
    this.agenda = requireNonNull(agenda, "agenda");
    this.random = requireNonNull(random, "random");
  }

  /** Defines the catalogue: the shop's products and the licence deals are sold as. */
  void open() {
    for (Item item : CATALOGUE) {
      define(
          new ProductDetails(
              item.sku(), item.name(), item.family(), eur(item.price()), item.billing(), true));
      totalWeight += item.weight();
    }
    define(
        new ProductDetails(
            LICENCE, "Team licence, a year", "Licences", eur("12000"), Billing.RECURRING, true));
  }

  private void define(ProductDetails details) {
    products.put(details.sku(), crm.commerce().defineProduct(details));
  }

  /** Takes on {@code contact} as a customer from now on: how much they buy and for how long. */
  void welcome(ContactId contact) {
    requireNonNull(contact, "contact");
    if (profiles.containsKey(contact)) {
      return;
    }
    double appetite = 0.15 + 0.85 * Math.pow(random.nextDouble(), 2);
    long lifetimeMinutes =
        (long) (-Math.log(1 - random.nextDouble()) * MEAN_LIFETIME_DAYS * 24 * 60);
    profiles.put(contact, new Customer(appetite, now().plus(Duration.ofMinutes(lifetimeMinutes))));
    customers.add(contact);
  }

  /**
   * Records the web shop's order of about {@code amount} placed at {@code at}, which the stream of
   * interactions gives to {@code customer}: the order goes to another customer if this one has
   * stopped buying or has less appetite this time.
   */
  void shopOrder(ContactId customer, Instant at, BigDecimal amount) {
    timer.timed(() -> placeShopOrder(customer, at, amount)).run();
  }

  private void placeShopOrder(ContactId customer, Instant at, BigDecimal amount) {
    ContactId buyer = buyer(customer, at);
    boolean partner = random.nextInt(100) < 20;
    String campaign =
        partner
            ? PARTNER_CAMPAIGN
            : random.nextInt(100) < 30
                ? WEB_CAMPAIGNS.get(random.nextInt(WEB_CAMPAIGNS.size()))
                : "";
    shopOrders++;
    OrderDetails details =
        new OrderDetails(
            buyer,
            null,
            partner ? OrderChannel.PARTNER : OrderChannel.WEB_SHOP,
            campaign,
            ExternalId.of(SHOP, String.format("WS-%06d", shopOrders)),
            at,
            DemoRun.EUR,
            basket(amount));
    Money none = Money.zero(DemoRun.EUR);
    if (random.nextInt(100) < 12) {
      // paid by invoice: paid and delivered in the weeks after, or called off
      invoiced++;
      crm.commerce().upsertOrder(details, OrderStatus.PLACED, none);
      boolean paid = random.nextInt(100) < 60;
      plan(
          at.plus(Duration.ofHours(24L * (2 + random.nextInt(18)))),
          () -> settleInvoice(details, paid));
    } else {
      crm.commerce().upsertOrder(details, OrderStatus.FULFILLED, none);
      if (random.nextInt(100) < 6) {
        plan(at.plus(Duration.ofHours(24L * (3 + random.nextInt(28)))), () -> refund(details));
      }
    }
  }

  /** Makes won deal {@code won}'s order of the licence, paid and delivered in the weeks after. */
  void dealWon(Deal won) {
    requireNonNull(won, "won");
    timer
        .timed(
            () -> {
              Order order = crm.commerce().orderFromDeal(won.id(), products.get(LICENCE).id());
              dealOrders++;
              Instant paid = now().plus(Duration.ofHours(24L * (10 + random.nextInt(30))));
              plan(paid, () -> deliver(order));
            })
        .run();
  }

  private void deliver(Order placed) {
    Order paid = crm.commerce().move(crm.commerce().getOrder(placed.id()), OrderAction.PAY);
    plan(
        now().plus(Duration.ofHours(24L * (5 + random.nextInt(20)))),
        () -> crm.commerce().move(crm.commerce().getOrder(paid.id()), OrderAction.FULFIL));
  }

  private void settleInvoice(OrderDetails details, boolean paid) {
    crm.commerce()
        .upsertOrder(
            details, paid ? OrderStatus.FULFILLED : OrderStatus.CANCELLED, Money.zero(DemoRun.EUR));
  }

  /** Pays back the add-on of a basket that has one, or the whole order otherwise. */
  private void refund(OrderDetails details) {
    refunds++;
    List<OrderLine> lines = details.lines();
    if (lines.size() > 1) {
      crm.commerce()
          .upsertOrder(details, OrderStatus.FULFILLED, lines.get(lines.size() - 1).total());
    } else {
      crm.commerce().upsertOrder(details, OrderStatus.REFUNDED, details.total());
    }
  }

  /** Returns the customer who places the order the stream gives to {@code proposed}. */
  private ContactId buyer(ContactId proposed, Instant at) {
    ContactId candidate = proposed;
    for (int tries = 0; tries < 8; tries++) {
      Customer customer = profiles.get(candidate);
      if (customer == null || customer.buys(at, random.nextDouble())) {
        return candidate;
      }
      candidate = customers.get(random.nextInt(customers.size()));
    }
    return candidate;
  }

  /**
   * Returns a basket worth about {@code amount}: units of one product, bought with its companion
   * one time in three, and with another product one time in ten.
   */
  private List<OrderLine> basket(BigDecimal amount) {
    Item lead = lead();
    Product product = products.get(lead.sku());
    Money price = product.details().listPrice();
    long units = Math.max(1, amount.divide(price.amount(), 0, RoundingMode.HALF_EVEN).longValue());
    List<OrderLine> lines = new ArrayList<>(3);
    lines.add(OrderLine.of(product.id(), units, price));
    if (random.nextInt(100) < 35) {
      lines.add(line(lead.companion()));
    }
    if (random.nextInt(100) < 10) {
      Item other = CATALOGUE.get(random.nextInt(CATALOGUE.size()));
      if (!other.sku().equals(lead.sku()) && !other.sku().equals(lead.companion())) {
        lines.add(line(other.sku()));
      }
    }
    return lines;
  }

  private OrderLine line(String sku) {
    Product product = products.get(sku);
    return OrderLine.of(product.id(), 1, product.details().listPrice());
  }

  /** Draws the product that leads a basket, by the items' weights. */
  private Item lead() {
    int roll = random.nextInt(totalWeight);
    for (Item item : CATALOGUE) {
      roll -= item.weight();
      if (roll < 0) {
        return item;
      }
    }
    throw new IllegalStateException("weights add up to " + totalWeight);
  }

  /** Returns what the shop did over the year. */
  Year year() {
    return new Year(shopOrders + dealOrders, invoiced, refunds, timer.seconds());
  }

  /** Plans {@code work} on the agenda, adding the time it takes to the desk's. */
  private void plan(Instant at, Runnable work) {
    agenda.plan(at, timer.timed(work));
  }

  private Instant now() {
    return crm.clock().instant();
  }

  private static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), DemoRun.EUR);
  }
}
