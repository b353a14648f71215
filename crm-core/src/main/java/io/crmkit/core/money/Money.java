package io.crmkit.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in one currency, such as a deal's value or an order line's price, exact to the
 * currency's minor unit.
 *
 * <p>The amount is always held at the currency's default fraction digits ({@code 12.50 EUR}, {@code
 * 1250 JPY}), so equal amounts are {@link #equals(Object) equal}. Factories refuse amounts finer
 * than the minor unit; only {@link #times} and {@link #dividedBy} round, half to even. Amounts have
 * at most 38 digits, the precision of a {@code DECIMAL(38, n)} column. Combining two currencies
 * throws {@link CurrencyMismatchException}: crmkit never converts implicitly.
 *
 * @param amount the amount, never null
 * @param currency an ISO 4217 currency with a minor unit, never null
 * @since 0.1
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** The most digits an amount may have, counting its fraction digits. */
  public static final int MAX_DIGITS = 38;

  private static final int MAX_TEXT_LENGTH = 64;
  private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    int fractionDigits = currency.getDefaultFractionDigits();
    checkArgument(
        fractionDigits >= 0,
        "currency %s has no minor unit, so it cannot hold money",
        currency.getCurrencyCode());
    // checked before rescaling: rescaling 1E+999999999 would build a huge number first
    checkArgument(
        amount.signum() == 0 || amount.precision() - amount.scale() + fractionDigits <= MAX_DIGITS,
        "amount %s %s has more than %s digits",
        amount,
        currency.getCurrencyCode(),
        MAX_DIGITS);
    checkArgument(
        amount.stripTrailingZeros().scale() <= fractionDigits,
        "amount %s has more than %s fraction digits, the minor unit of %s",
        amount.toPlainString(),
        fractionDigits,
        currency.getCurrencyCode());
    amount = amount.setScale(fractionDigits, RoundingMode.UNNECESSARY);
  }

  /**
   * Returns {@code amount} of {@code currency}.
   *
   * @param amount never null, with no more fraction digits than the currency's minor unit
   * @param currency never null, an ISO 4217 currency with a minor unit
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * Returns the money written as a decimal {@code amount} ({@code "12.50"}) in the currency with
   * the ISO 4217 code {@code currencyCode} ({@code "EUR"}).
   *
   * @throws IllegalArgumentException if the amount is blank, not a decimal number or too precise,
   *     or the currency code is unknown; the message names the input
   */
  public static Money of(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    requireNonNull(currencyCode, "currency code");
    String text = amount.strip();
    checkArgument(!text.isEmpty(), "amount must not be blank: '%s'", amount);
    checkArgument(
        text.length() <= MAX_TEXT_LENGTH,
        "amount is longer than %s characters: '%s'",
        MAX_TEXT_LENGTH,
        text);
    BigDecimal value;
    try {
      value = new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("amount is not a decimal number: '" + amount + "'", e);
    }
    return new Money(value, currency(currencyCode));
  }

  /** Returns zero in {@code currency}. */
  public static Money zero(Currency currency) {
    return new Money(BigDecimal.ZERO, currency);
  }

  /**
   * Returns the sum of {@code amounts}, zero if there are none.
   *
   * @param amounts never null, each in {@code currency}
   * @param currency the currency of the sum, needed when there are no amounts
   * @throws CurrencyMismatchException if an amount is in another currency
   */
  public static Money sum(Iterable<Money> amounts, Currency currency) {
    requireNonNull(amounts, "amounts");
    Money total = zero(currency);
    for (Money amount : amounts) {
      total = total.plus(amount);
    }
    return total;
  }

  private static Currency currency(String code) {
    try {
      return Currency.getInstance(code.strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown ISO 4217 currency code: '" + code + "'", e);
    }
  }

  /** Returns this plus {@code other}, which must be in the same currency. */
  public Money plus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** Returns this minus {@code other}, which must be in the same currency. */
  public Money minus(Money other) {
    checkSameCurrency(other);
    return new Money(amount.subtract(other.amount), currency);
  }

  /**
   * Returns this multiplied by {@code factor}, rounded half to even to the minor unit (for example
   * a discount rate or a quantity).
   */
  public Money times(BigDecimal factor) {
    requireNonNull(factor, "factor");
    return new Money(amount.multiply(factor).setScale(fractionDigits(), ROUNDING), currency);
  }

  /**
   * Returns this multiplied by {@code factor}; exact.
   *
   * @throws IllegalArgumentException if the product has more than {@value #MAX_DIGITS} digits
   */
  public Money times(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /**
   * Returns this divided by {@code divisor}, rounded half to even to the minor unit.
   *
   * @throws IllegalArgumentException if {@code divisor} is zero
   */
  public Money dividedBy(long divisor) {
    checkArgument(divisor != 0, "cannot divide %s by zero", this);
    return new Money(
        amount.divide(BigDecimal.valueOf(divisor), fractionDigits(), ROUNDING), currency);
  }

  /** Returns the amount with the opposite sign. */
  public Money negate() {
    return new Money(amount.negate(), currency);
  }

  /** Returns whether the amount is zero. */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  /** Returns whether the amount is below zero. */
  public boolean isNegative() {
    return amount.signum() < 0;
  }

  /** Returns whether the amount is above zero. */
  public boolean isPositive() {
    return amount.signum() > 0;
  }

  /**
   * Orders amounts of the same currency by value; consistent with {@link #equals(Object)}.
   *
   * @throws CurrencyMismatchException if {@code other} is in another currency
   */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  private void checkSameCurrency(Money other) {
    requireNonNull(other, "other amount");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  private int fractionDigits() {
    return currency.getDefaultFractionDigits();
  }

  /** Returns the amount and the currency code, for example {@code 12.50 EUR}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency.getCurrencyCode();
  }
}
