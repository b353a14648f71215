package io.crmkit.core.money;

import java.util.Currency;

/**
 * An operation combined amounts of money in two different currencies, which crmkit never converts
 * implicitly.
 *
 * @since 0.1
 */
public final class CurrencyMismatchException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The currency the operation works in. */
  private final Currency expected;

  /** The currency of the amount that does not match. */
  private final Currency actual;

  /**
   * @param expected the currency of the amount operated on, never null
   * @param actual the other amount's currency, never null
   */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super(
        "currency mismatch: expected "
            + expected.getCurrencyCode()
            + " but got "
            + actual.getCurrencyCode());
    this.expected = expected;
    this.actual = actual;
  }

  /** Returns the currency of the amount operated on. */
  public Currency expected() {
    return expected;
  }

  /** Returns the other amount's currency. */
  public Currency actual() {
    return actual;
  }
}
