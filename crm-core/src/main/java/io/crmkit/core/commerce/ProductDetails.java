package io.crmkit.core.commerce;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.money.Money;

/**
 * What a catalogue says about a product: its stock-keeping unit, name, family, list price, how it
 * is billed and whether it is still sold.
 *
 * @param sku the stock-keeping unit, unique within the tenant: 1 to 64 characters, an identifier
 *     (no white space at either end, no control or format character)
 * @param name 1 to 200 characters of one line, not blank; stripped
 * @param family the product line it belongs to ({@code Licences}, {@code Services}...), at most 100
 *     characters of one line, empty when none; stripped
 * @param listPrice the price of one unit before discounts, not negative
 * @param billing whether it is paid once or every period
 * @param active whether it is still sold; inactive products stay on the orders that have them
 * @since 0.1
 */
public record ProductDetails(
    String sku, String name, String family, Money listPrice, Billing billing, boolean active) {

  static final int MAX_SKU = 64;
  static final int MAX_NAME = 200;
  static final int MAX_FAMILY = 100;

  /** Creates a {@code ProductDetails}, checking its components as the type's comment describes. */
  public ProductDetails {
    requireNonNull(sku, "sku");
    requireNonNull(name, "name");
    requireNonNull(family, "family");
    requireNonNull(listPrice, "listPrice");
    requireNonNull(billing, "billing");
    name = name.strip();
    family = family.strip();
    checkArgument(
        !sku.isEmpty() && sku.length() <= MAX_SKU,
        "product sku must be 1 to %s characters: %s",
        MAX_SKU,
        Quoted.of(sku));
    TextPolicy.check("product sku", sku, TextPolicy.Kind.IDENTIFIER);
    checkArgument(
        !name.isEmpty() && name.length() <= MAX_NAME,
        "product name must be 1 to %s characters: %s",
        MAX_NAME,
        Quoted.of(name));
    TextPolicy.check("product name", name, TextPolicy.Kind.LINE);
    checkArgument(
        family.length() <= MAX_FAMILY,
        "product family longer than %s characters: %s",
        MAX_FAMILY,
        Quoted.of(family));
    TextPolicy.check("product family", family, TextPolicy.Kind.LINE);
    checkArgument(
        !listPrice.isNegative(), "product list price must not be negative: %s", listPrice);
  }

  /** Returns an active, one-off product in no family. */
  public static ProductDetails of(String sku, String name, Money listPrice) {
    return new ProductDetails(sku, name, "", listPrice, Billing.ONE_OFF, true);
  }

  /** Returns a copy in {@code newFamily}. */
  public ProductDetails withFamily(String newFamily) {
    return new ProductDetails(sku, name, newFamily, listPrice, billing, active);
  }

  /** Returns a copy billed as {@code newBilling}. */
  public ProductDetails withBilling(Billing newBilling) {
    return new ProductDetails(sku, name, family, listPrice, newBilling, active);
  }

  /** Returns a copy that is, or is no longer, sold. */
  public ProductDetails withActive(boolean newActive) {
    return new ProductDetails(sku, name, family, listPrice, billing, newActive);
  }

  /** Returns a copy at {@code newListPrice}. */
  public ProductDetails withListPrice(Money newListPrice) {
    return new ProductDetails(sku, name, family, newListPrice, billing, active);
  }
}
