package io.crmkit.jpa.internal.commerce;

import io.crmkit.core.ExternalId;
import io.crmkit.core.commerce.Order;
import io.crmkit.core.commerce.OrderDetails;
import io.crmkit.core.commerce.OrderId;
import io.crmkit.core.commerce.Product;
import io.crmkit.core.commerce.ProductDetails;
import io.crmkit.core.commerce.ProductId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.money.Money;
import io.crmkit.core.timeline.ActivityId;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.commerce.CommerceDocuments.Line;
import io.crmkit.jpa.internal.commerce.CommerceDocuments.StatusChange;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Currency;

/** Copies products and orders into their rows, and rebuilds them from their rows. */
final class CommerceMapper {

  private CommerceMapper() {}

  /** Writes every field of {@code product} into {@code row}, except the version JPA keeps. */
  static void write(Product product, ProductEntity row) {
    ProductDetails details = product.details();
    row.writeTimestamps(product.revision());
    row.writeOwner(product.creator());
    row.sku = details.sku();
    row.name = details.name();
    row.family = details.family();
    row.listAmount = details.listPrice().amount();
    row.currency = details.listPrice().currency().getCurrencyCode();
    row.billing = details.billing();
    row.active = details.active();
  }

  /** Returns the product stored in {@code row}. */
  static Product read(ProductEntity row) {
    return Product.restore(
        ProductId.of(row.id()),
        row.tenant(),
        row.revision(),
        new ProductDetails(
            row.sku,
            row.name,
            row.family,
            money(row.listAmount, Currency.getInstance(row.currency)),
            row.billing,
            row.active),
        row.owner());
  }

  /** Writes every field of {@code order} into {@code row}, except the version JPA keeps. */
  static void write(Order order, OrderEntity row) {
    OrderDetails details = order.details();
    row.writeTimestamps(order.revision());
    row.writeOwner(order.owner());
    row.contact = details.contact().value();
    row.company = details.companyId().map(CompanyId::value).orElse(null);
    row.channel = details.channel();
    row.campaign = details.campaign();
    row.externalSystem = details.externalKey().map(ExternalId::system).orElse(null);
    row.externalValue = details.externalKey().map(ExternalId::value).orElse(null);
    row.placedAt = details.placedAt();
    row.currency = details.currency().getCurrencyCode();
    row.totalAmount = order.total().amount();
    row.refundedAmount = order.refunded().amount();
    row.status = order.status();
    row.activity = order.activity().map(ActivityId::value).orElse(null);
    row.lines = Json.write(details.lines().stream().map(Line::from).toList());
    row.history = Json.write(order.history().stream().map(StatusChange::from).toList());
  }

  /** Returns the order stored in {@code row}. */
  static Order read(OrderEntity row) {
    Currency currency = Currency.getInstance(row.currency);
    OrderDetails details =
        new OrderDetails(
            ContactId.of(row.contact),
            row.company == null ? null : CompanyId.of(row.company),
            row.channel,
            row.campaign,
            row.externalSystem == null || row.externalValue == null
                ? null
                : ExternalId.of(row.externalSystem, row.externalValue),
            row.placedAt,
            currency,
            Arrays.stream(Json.read(row.lines, Line[].class))
                .map(line -> line.toLine(currency))
                .toList());
    return Order.restore(
        OrderId.of(row.id()),
        row.tenant(),
        row.revision(),
        details,
        row.owner(),
        row.status,
        Arrays.stream(Json.read(row.history, StatusChange[].class))
            .map(StatusChange::toRecord)
            .toList(),
        money(row.refundedAmount, currency),
        row.activity == null ? null : ActivityId.of(row.activity));
  }

  private static Money money(BigDecimal amount, Currency currency) {
    // the column's scale is wider than most currencies' minor unit
    return Money.of(amount.stripTrailingZeros(), currency);
  }
}
