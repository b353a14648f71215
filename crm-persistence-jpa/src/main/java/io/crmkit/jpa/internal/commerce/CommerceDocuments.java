package io.crmkit.jpa.internal.commerce;

import io.crmkit.core.UserId;
import io.crmkit.core.commerce.OrderAction;
import io.crmkit.core.commerce.OrderLine;
import io.crmkit.core.commerce.OrderStatus;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.money.Money;
import io.crmkit.core.statemachine.TransitionRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.UUID;

/**
 * The JSON shapes of the order values kept in document columns, spelled out apart from the domain
 * records so that renaming a domain field never changes stored data silently. Amounts are decimal
 * text in the order's currency.
 */
final class CommerceDocuments {

  private CommerceDocuments() {}

  /** One line of an order. */
  record Line(UUID product, long quantity, String unitPrice, String discount) {

    static Line from(OrderLine line) {
      return new Line(
          line.product().value(),
          line.quantity(),
          line.unitPrice().amount().toPlainString(),
          line.discount().amount().toPlainString());
    }

    OrderLine toLine(Currency currency) {
      return new OrderLine(
          ProductId.of(product),
          quantity,
          Money.of(new BigDecimal(unitPrice), currency),
          Money.of(new BigDecimal(discount), currency));
    }
  }

  /** One status change. */
  record StatusChange(OrderStatus from, OrderStatus to, OrderAction action, Instant at, String by) {

    static StatusChange from(TransitionRecord<OrderStatus, OrderAction> record) {
      return new StatusChange(
          record.from(), record.to(), record.event(), record.at(), record.by().value());
    }

    TransitionRecord<OrderStatus, OrderAction> toRecord() {
      return new TransitionRecord<>(from, to, action, at, UserId.of(by));
    }
  }
}
