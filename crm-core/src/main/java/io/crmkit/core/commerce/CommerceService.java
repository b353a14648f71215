package io.crmkit.core.commerce;

import io.crmkit.core.ExternalId;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.money.Money;
import java.util.Optional;

/**
 * Keeps the product catalogue and the orders contacts place: orders placed in the CRM, imported
 * from a web shop or ERP by their external id, or made from a won deal; their payment, fulfilment,
 * refunds and cancellation; and each contact's orders.
 *
 * <pre>{@code
 * Product seat = crm.commerce().defineProduct(ProductDetails.of("SEAT", "Seat", Money.of("40", "EUR")));
 * Order order = crm.commerce().place(OrderDetails.of(ana.id(), placedAt, eur,
 *     List.of(OrderLine.of(seat.id(), 5, seat.details().listPrice()))));
 * order = crm.commerce().move(order, OrderAction.PAY);
 * order = crm.commerce().refund(order, Money.of("40", "EUR")); // one seat paid back
 * }</pre>
 *
 * <p>Every order is also an activity on its contact's timeline (and its company's), written in the
 * same unit of work when the order is first stored.
 *
 * <p>Linked records: the contact, the company and every product of an order must exist in the
 * acting tenant and be readable by the actor, or the command fails with {@link
 * io.crmkit.core.NotFoundException} naming the kind and the id ({@link
 * io.crmkit.core.AccessDeniedException} for an unreadable one) and writes nothing.
 *
 * <p>Every command on an order or product takes either its id and the version it was read at, or
 * the record as read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#commerce()}.
 *
 * @since 0.1
 */
public interface CommerceService {

  /** The system name of the external ids of orders made from won deals. */
  String DEAL_SYSTEM = "crm-deal";

  /**
   * Adds a product to the catalogue.
   *
   * @throws io.crmkit.core.DuplicateException if another product has its sku
   */
  Product defineProduct(ProductDetails details);

  /**
   * Replaces the details of product {@code id}.
   *
   * @throws io.crmkit.core.DuplicateException if another product has the new sku
   */
  Product updateProduct(ProductId id, long expectedVersion, ProductDetails details);

  /** As {@link #updateProduct(ProductId, long, ProductDetails)}, for {@code product} as read. */
  default Product updateProduct(Product product, ProductDetails details) {
    return updateProduct(product.id(), product.version(), details);
  }

  /** Returns product {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  Product getProduct(ProductId id);

  /** Returns the product with the stock-keeping unit {@code sku}, if there is one. */
  Optional<Product> findProductBySku(String sku);

  /** Returns a page of the catalogue, in id order. */
  Page<Product> products(PageRequest page);

  /**
   * Places an order in status {@code PLACED} and logs it on the contact's timeline.
   *
   * @throws io.crmkit.core.DuplicateException if another order has its external id (use {@link
   *     #upsertOrder} to upsert)
   */
  Order place(OrderDetails details);

  /**
   * Stores an order as its source system reports it: creates it if no order has its external id,
   * otherwise replaces its details and brings its status and refunds forward. Importing the same
   * report again changes nothing (same version, no event), so a sync may run as often as it likes.
   *
   * @param details the order, with its external id
   * @param status its status in the source system
   * @param refunded what the source system paid back so far, in the order's currency
   * @throws IllegalArgumentException if {@code details} has no external id, names another contact
   *     than the stored order, or reports less refunded than is stored
   * @throws io.crmkit.core.statemachine.IllegalTransitionException if no action leads from the
   *     stored status to {@code status} (a cancelled order reported paid)
   */
  Order upsertOrder(OrderDetails details, OrderStatus status, Money refunded);

  /**
   * Makes the order of won deal {@code deal}: one line of one unit of {@code product} at the deal's
   * amount, for the deal's first contact and its company, placed through {@link OrderChannel#SALES}
   * when the deal was won. Deals carry an amount, not line items, so the caller names the product
   * the amount buys. Asking again for the same deal returns the order made the first time.
   *
   * @throws io.crmkit.core.NotFoundException if the deal or the product is not in the tenant
   * @throws IllegalArgumentException if the deal is not won, has no amount or no contact
   */
  Order orderFromDeal(DealId deal, ProductId product);

  /**
   * Moves order {@code id} by {@code action}; {@link OrderAction#REFUND} pays back what is left.
   *
   * @throws io.crmkit.core.statemachine.IllegalTransitionException if its status does not accept
   *     the action
   */
  Order move(OrderId id, long expectedVersion, OrderAction action);

  /** As {@link #move(OrderId, long, OrderAction)}, for {@code order} as read. */
  default Order move(Order order, OrderAction action) {
    return move(order.id(), order.version(), action);
  }

  /**
   * Pays back {@code amount} of order {@code id}; the last of its total makes it {@code REFUNDED}.
   *
   * @throws IllegalArgumentException if the amount is not positive, in another currency or more
   *     than is left
   * @throws io.crmkit.core.statemachine.IllegalTransitionException if the order is neither paid nor
   *     fulfilled
   */
  Order refund(OrderId id, long expectedVersion, Money amount);

  /** As {@link #refund(OrderId, long, Money)}, for {@code order} as read. */
  default Order refund(Order order, Money amount) {
    return refund(order.id(), order.version(), amount);
  }

  /** Returns order {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  Order getOrder(OrderId id);

  /** Returns the order with the key {@code externalId} in its source system, if there is one. */
  Optional<Order> findOrderByExternalId(ExternalId externalId);

  /** Returns a page of the orders {@code contact} placed, in id order. */
  Page<Order> ordersOf(ContactId contact, PageRequest page);

  /** Returns a page of every order of the tenant, in id order: what analytics read. */
  Page<Order> orders(PageRequest page);
}
