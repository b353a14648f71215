package io.crmkit.core.commerce;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.money.Money;
import java.time.Instant;

/**
 * Something that happened to an order.
 *
 * @since 0.1
 */
public sealed interface OrderEvent extends DomainEvent {

  /** Returns the order. */
  OrderId orderId();

  @Override
  default String aggregateId() {
    return orderId().toString();
  }

  /** An order was placed by, or imported for, {@code contact}. */
  record OrderPlaced(
      TenantId tenant,
      OrderId orderId,
      ContactId contact,
      Money total,
      OrderChannel channel,
      Instant occurredAt,
      UserId by)
      implements OrderEvent {}

  /** An order's details (its lines, campaign, company...) were replaced, as a new import does. */
  record OrderRevised(TenantId tenant, OrderId orderId, Money total, Instant occurredAt, UserId by)
      implements OrderEvent {}

  /** An order moved from one status to another. */
  record OrderStatusChanged(
      TenantId tenant,
      OrderId orderId,
      OrderStatus from,
      OrderStatus to,
      OrderAction action,
      Instant occurredAt,
      UserId by)
      implements OrderEvent {}

  /** Part of an order was paid back: {@code amount} now, {@code refunded} in all so far. */
  record OrderRefunded(
      TenantId tenant, OrderId orderId, Money amount, Money refunded, Instant occurredAt, UserId by)
      implements OrderEvent {}
}
