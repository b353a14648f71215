package io.crmkit.core.money;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Numbers;
import io.crmkit.core.internal.Quoted;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * An amount of money in one currency, such as a deal's value or an order line's price, exact to the
 * currency's minor unit.
 *
 * <p>The amount is always held at the currency's default fraction digits ({@code 12.50 EUR}, {@code
 * 1250 JPY}), so equal amounts are {@link #equals(Object) equal}. Factories refuse amounts finer
 * than the minor unit; only {@link #times} and {@link #dividedBy} round, half to even. An amount
 * has at most {@value #MAX_INTEGER_DIGITS} digits before the point, what the adapters' {@code
 * DECIMAL(38, 4)} columns hold in every currency; text is at most 100 characters, checked before it
 * is read, and a {@link BigDecimal} is measured before any arithmetic, so an exponent such as
 * {@code 1E-999999999} is refused at once. Combining two currencies throws {@link
 * CurrencyMismatchException}: crmkit never converts implicitly.
 *
 * @param amount the amount, never null
 * @param currency an ISO 4217 currency with a minor unit, never null
 * @since 0.1
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /** The most digits an amount may have before the decimal point. */
  public static final int MAX_INTEGER_DIGITS = Numbers.MONEY_INTEGER_DIGITS;

  private static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  /** Creates a {@code Money}, checking its components as the type's comment describes. */
  public Money {
    requireNonNull(amount, "amount");
    requireNonNull(currency, "currency");
    int fractionDigits = minorUnitDigits(currency);
    // measured before rescaling: rescaling 1E+999999999 would build a huge number first
    amount =
        Numbers.decimal(subject(currency), amount, Numbers.money(fractionDigits))
            .setScale(fractionDigits, RoundingMode.UNNECESSARY);
  }

  private static int minorUnitDigits(Currency currency) {
    int fractionDigits = currency.getDefaultFractionDigits();
    checkArgument(
        fractionDigits >= 0,
        "currency %s has no minor unit, so it cannot hold money",
        currency.getCurrencyCode());
    return fractionDigits;
  }

  private static String subject(Currency currency) {
    return "amount in " + currency.getCurrencyCode();
  }

  /**
   * Returns {@code amount} of {@code currency}.
   *
   * @param amount never null, with no more fraction digits than the currency's minor unit and at
   *     most {@value #MAX_INTEGER_DIGITS} digits before the point
   * @param currency never null, an ISO 4217 currency with a minor unit
   * @throws IllegalArgumentException if the amount is out of these bounds; the message shows at
   *     most a short form of it
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * Returns {@code amount} in the currency with the ISO 4217 code {@code currencyCode} ({@code
   * "EUR"}).
   *
   * @throws IllegalArgumentException if the amount is out of bounds (see {@link #of(BigDecimal,
   *     Currency)}) or the currency code is unknown
   */
  public static Money of(BigDecimal amount, String currencyCode) {
    requireNonNull(amount, "amount");
    requireNonNull(currencyCode, "currency code");
    return new Money(amount, currency(currencyCode));
  }

  /**
   * Returns the money written as a decimal {@code amount} ({@code "12.50"}) in the currency with
   * the ISO 4217 code {@code currencyCode} ({@code "EUR"}).
   *
   * @param amount at most 100 characters: ASCII digits with an optional sign, point and exponent
   *     ({@code 1.2E+3}), surrounded by white space or not
   * @throws IllegalArgumentException if the amount is blank, too long, not a decimal number or out
   *     of bounds, or the currency code is unknown; the message shows at most a short prefix of the
   *     input
   */
  public static Money of(String amount, String currencyCode) {
    requireNonNull(amount, "amount");
    requireNonNull(currencyCode, "currency code");
    Currency currency = currency(currencyCode);
    Numbers.Bounds bounds = Numbers.money(minorUnitDigits(currency));
    return new Money(Numbers.parseDecimal(subject(currency), amount, bounds), currency);
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
      throw new IllegalArgumentException("unknown ISO 4217 currency code: " + Quoted.of(code), e);
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
   * @throws IllegalArgumentException if the product has more than {@value #MAX_INTEGER_DIGITS}
   *     digits before the point
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
