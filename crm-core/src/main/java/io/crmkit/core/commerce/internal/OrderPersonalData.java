package io.crmkit.core.commerce.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.Pages;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.OrderRepository;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import java.util.List;
import java.util.UUID;

/**
 * The orders' part of a person's data: every order the person placed. Erasure keeps each order for
 * the revenue figures (lines, amounts, status history, channel, campaign, company) without the
 * person: the contact becomes a nil id and the key in the shop, which leads back to the person's
 * account there, is removed.
 */
public final class OrderPersonalData implements PersonalDataHolder {

  /** The contact of an order whose buyer was erased: no contact has this id. */
  static final ContactId ERASED_BUYER = ContactId.of(new UUID(0, 0));

  private final OrderRepository orders;

  /**
   * @param orders the storage's orders
   */
  public OrderPersonalData(OrderRepository orders) {
    this.orders = requireNonNull(orders, "orders");
  }

  @Override
  public String name() {
    return "orders";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    return DataValue.of(orders(request).stream().map(OrderPersonalData::describe).toList());
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    for (Order order : orders(request)) {
      OrderDetails anonymous = order.details().withContact(ERASED_BUYER).withExternalId(null);
      orders.update(order.erased(anonymous, request.at()), order.version());
      log.anonymised("order", order.id().toString());
    }
  }

  private List<Order> orders(PersonalDataRequest request) {
    return Pages.all(page -> orders.forContact(request.tenant(), request.contact(), page));
  }

  private static DataValue describe(Order order) {
    OrderDetails details = order.details();
    return DataValue.fields()
        .put("id", order.id())
        .put("placedAt", details.placedAt())
        .put("channel", details.channel())
        .put("campaign", details.campaign())
        .put("externalId", details.externalKey().map(Object::toString))
        .put("status", order.status())
        .put("total", order.total().toString())
        .put("refunded", order.refunded().toString())
        .put(
            "lines",
            details.lines().stream()
                .map(
                    line ->
                        DataValue.fields()
                            .put("product", line.product())
                            .put("quantity", line.quantity())
                            .put("unitPrice", line.unitPrice().toString())
                            .put("discount", line.discount().toString())
                            .build())
                .toList())
        .build();
  }
}
