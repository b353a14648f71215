package io.crmkit.core.commerce;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.money.Money;

/**
 * One line of an order: so many units of a product at a unit price, less a discount on the line.
 *
 * @param product the product ordered
 * @param quantity 1 to {@value #MAX_QUANTITY} units
 * @param unitPrice the price of one unit, not negative
 * @param discount taken off the whole line, not negative, at most the line's gross amount, in the
 *     unit price's currency
 * @since 0.1
 */
public record OrderLine(ProductId product, long quantity, Money unitPrice, Money discount) {

  /** The most units one line may order. */
  public static final long MAX_QUANTITY = 1_000_000_000L;

  /** Creates an {@code OrderLine}, checking its components as the type's comment describes. */
  public OrderLine {
    requireNonNull(product, "product");
    requireNonNull(unitPrice, "unitPrice");
    requireNonNull(discount, "discount");
    checkArgument(
        quantity >= 1 && quantity <= MAX_QUANTITY,
        "order line quantity must be 1 to %s: %s",
        MAX_QUANTITY,
        quantity);
    checkArgument(
        !unitPrice.isNegative(), "order line unit price must not be negative: %s", unitPrice);
    checkArgument(
        discount.currency().equals(unitPrice.currency()),
        "order line discount %s is not in the unit price's currency %s",
        discount,
        unitPrice.currency());
    checkArgument(!discount.isNegative(), "order line discount must not be negative: %s", discount);
    checkArgument(
        discount.compareTo(unitPrice.times(quantity)) <= 0,
        "order line discount %s is more than the line's %s",
        discount,
        unitPrice.times(quantity));
  }

  /**
   * Returns a line of {@code quantity} units of {@code product} at {@code unitPrice}, no discount.
   */
  public static OrderLine of(ProductId product, long quantity, Money unitPrice) {
    return new OrderLine(product, quantity, unitPrice, Money.zero(unitPrice.currency()));
  }

  /** Returns this line with {@code newDiscount} taken off. */
  public OrderLine withDiscount(Money newDiscount) {
    return new OrderLine(product, quantity, unitPrice, newDiscount);
  }

  /** Returns what the line costs: quantity times unit price, less the discount. */
  public Money total() {
    return unitPrice.times(quantity).minus(discount);
  }
}
