package io.crmkit.core.commerce.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.commerce.CommerceService;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderAction;
import io.crmkit.core.commerce.OrderChannel;
import io.crmkit.core.commerce.OrderDetails;
import io.crmkit.core.commerce.OrderId;
import io.crmkit.core.commerce.OrderLine;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.core.commerce.Product;
import io.crmkit.core.commerce.ProductDetails;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.DealService;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.money.Money;
import io.crmkit.core.spi.OrderRepository;
import io.crmkit.core.spi.ProductRepository;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.core.timeline.TimelineService;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The {@link CommerceService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultCommerceService implements CommerceService {

  /** The longest reference an order's timeline activity shows. */
  private static final int MAX_REFERENCE = 100;

  private final CrmContext context;
  private final Supplier<ProductRepository> products;
  private final Supplier<OrderRepository> orders;
  private final TimelineService timeline;
  private final DealService deals;
  private final LinkedRecords linked;
  private final RecordCommands<ProductId, Product> productRecords;
  private final RecordCommands<OrderId, Order> orderRecords;

  /**
   * @param context the opened CRM's context
   * @param products where the catalogue is kept, asked for on first use (a storage may keep none)
   * @param orders where orders are kept, asked for on first use
   * @param timeline where each new order is also logged
   * @param deals the deals that orders are made from
   * @param linked the check of the records an order links to
   */
  public DefaultCommerceService(
      CrmContext context,
      Supplier<ProductRepository> products,
      Supplier<OrderRepository> orders,
      TimelineService timeline,
      DealService deals,
      LinkedRecords linked) {
    this.context = requireNonNull(context, "context");
    this.products = requireNonNull(products, "products");
    this.orders = requireNonNull(orders, "orders");
    this.timeline = requireNonNull(timeline, "timeline");
    this.deals = requireNonNull(deals, "deals");
    this.linked = requireNonNull(linked, "linked");
    this.productRecords =
        new RecordCommands<>(
            context,
            RecordType.PRODUCT,
            (tenant, id) -> products.get().find(tenant, id),
            (product, version) -> products.get().update(product, version),
            Product::creator);
    this.orderRecords =
        new RecordCommands<>(
            context,
            RecordType.ORDER,
            (tenant, id) -> orders.get().find(tenant, id),
            (order, version) -> orders.get().update(order, version),
            Order::owner);
  }

  @Override
  public Product defineProduct(ProductDetails details) {
    requireNonNull(details, "details");
    ProductId id = ProductId.of(context.ids().next());
    return productRecords.create(
        id,
        context.actor(),
        now -> {
          requireFreeSku(details.sku(), null);
          return Product.define(id, context.tenant(), details, now, context.actor());
        },
        product -> products.get().insert(product));
  }

  @Override
  public Product updateProduct(ProductId id, long expectedVersion, ProductDetails details) {
    requireNonNull(details, "details");
    return productRecords.change(
        id,
        expectedVersion,
        (product, now) -> {
          requireFreeSku(details.sku(), id);
          return product.update(details, now, context.actor());
        });
  }

  private void requireFreeSku(String sku, @Nullable ProductId owner) {
    products
        .get()
        .findBySku(context.tenant(), sku)
        .filter(holder -> !holder.id().equals(owner))
        .ifPresent(
            holder -> {
              throw new DuplicateException("product", "sku", sku, holder.id());
            });
  }

  @Override
  public Product getProduct(ProductId id) {
    return productRecords.get(id);
  }

  @Override
  public Optional<Product> findProductBySku(String sku) {
    requireNonNull(sku, "sku");
    return products.get().findBySku(context.tenant(), sku).filter(productRecords::readable);
  }

  @Override
  public Page<Product> products(PageRequest page) {
    requireNonNull(page, "page");
    return productRecords.readable(products.get().all(context.tenant(), page));
  }

  @Override
  public Order place(OrderDetails details) {
    requireNonNull(details, "details");
    return placed(
        details,
        (id, activity, now) ->
            Order.place(id, context.tenant(), details, activity, now, context.actor()));
  }

  /** How a new order is made once its id and timeline activity are known. */
  @FunctionalInterface
  private interface NewOrder {
    Changed<Order> make(OrderId id, ActivityId activity, Instant now);
  }

  /** Stores a new order with its timeline activity, in one unit of work. */
  private Order placed(OrderDetails details, NewOrder factory) {
    OrderId id = OrderId.of(context.ids().next());
    return orderRecords.create(
        id,
        context.actor(),
        now -> {
          links(details).require();
          details
              .externalKey()
              .flatMap(key -> orders.get().findByExternalId(context.tenant(), key))
              .ifPresent(
                  holder -> {
                    throw new DuplicateException(
                        "order", "externalId", details.externalId(), holder.id());
                  });
          Activity activity = timeline.log(entry(id, details));
          return factory.make(id, activity.id(), now);
        },
        order -> orders.get().insert(order));
  }

  private LinkedRecords.Links links(OrderDetails details) {
    return linked
        .links()
        .contact(details.contact())
        .company(details.company())
        .products(details.lines().stream().map(OrderLine::product).toList());
  }

  private static ActivityEntry entry(OrderId id, OrderDetails details) {
    String reference =
        details
            .externalKey()
            .map(ExternalId::value)
            .filter(value -> value.length() <= MAX_REFERENCE)
            .orElse(id.toString());
    // on the buyer's timeline only: erasing the buyer then deletes the activity with its reference
    return ActivityEntry.of(new ActivityDetails.Order(reference, details.total()))
        .at(details.placedAt())
        .subject("Order " + reference)
        .about(details.contact());
  }

  @Override
  public Order upsertOrder(OrderDetails details, OrderStatus status, Money refunded) {
    requireNonNull(details, "details");
    requireNonNull(status, "status");
    requireNonNull(refunded, "refunded");
    ExternalId key =
        details
            .externalKey()
            .orElseThrow(
                () -> new IllegalArgumentException("an imported order needs an external id"));
    return context
        .transactions()
        .write(
            events ->
                orders
                    .get()
                    .findByExternalId(context.tenant(), key)
                    .map(
                        stored ->
                            orderRecords.change(
                                stored.id(),
                                stored.version(),
                                (order, now) -> {
                                  links(details).without(links(order.details())).require();
                                  return order.synchronise(
                                      details, status, refunded, now, context.actor());
                                }))
                    .orElseGet(
                        () ->
                            placed(
                                details,
                                (id, activity, now) ->
                                    Order.imported(
                                        id,
                                        context.tenant(),
                                        details,
                                        activity,
                                        status,
                                        refunded,
                                        now,
                                        context.actor()))));
  }

  @Override
  public Order orderFromDeal(DealId dealId, ProductId product) {
    requireNonNull(dealId, "deal");
    requireNonNull(product, "product");
    ExternalId key = ExternalId.of(DEAL_SYSTEM, dealId.toString());
    return context
        .transactions()
        .write(
            events ->
                orders
                    .get()
                    .findByExternalId(context.tenant(), key)
                    .map(made -> orderRecords.get(made.id()))
                    .orElseGet(() -> place(fromDeal(deals.get(dealId), product, key))));
  }

  private static OrderDetails fromDeal(Deal deal, ProductId product, ExternalId key) {
    checkArgument(deal.isWon(), "deal %s is not won: an order is made from a won deal", deal.id());
    Money amount = deal.details().amount();
    checkArgument(amount != null, "deal %s has no amount to make an order of", deal.id());
    ContactId contact =
        deal.details().contacts().stream()
            .map(DealContact::contact)
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "deal " + deal.id() + " has no contact to make an order for"));
    return new OrderDetails(
        contact,
        deal.details().company(),
        OrderChannel.SALES,
        "",
        key,
        deal.closedAt().orElseThrow(),
        amount.currency(),
        List.of(OrderLine.of(product, 1, amount)));
  }

  @Override
  public Order move(OrderId id, long expectedVersion, OrderAction action) {
    requireNonNull(action, "action");
    return orderRecords.change(
        id, expectedVersion, (order, now) -> order.move(action, now, context.actor()));
  }

  @Override
  public Order refund(OrderId id, long expectedVersion, Money amount) {
    requireNonNull(amount, "amount");
    return orderRecords.change(
        id, expectedVersion, (order, now) -> order.refund(amount, now, context.actor()));
  }

  @Override
  public Order getOrder(OrderId id) {
    return orderRecords.get(id);
  }

  @Override
  public Optional<Order> findOrderByExternalId(ExternalId externalId) {
    requireNonNull(externalId, "externalId");
    return orders
        .get()
        .findByExternalId(context.tenant(), externalId)
        .filter(orderRecords::readable);
  }

  @Override
  public Page<Order> ordersOf(ContactId contact, PageRequest page) {
    requireNonNull(contact, "contact");
    requireNonNull(page, "page");
    return orderRecords.readable(orders.get().forContact(context.tenant(), contact, page));
  }

  @Override
  public Page<Order> orders(PageRequest page) {
    requireNonNull(page, "page");
    return orderRecords.readable(orders.get().all(context.tenant(), page));
  }
}
