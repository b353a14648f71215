package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Numbers;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.money.CurrencyMismatchException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The currency figures are reported in, with the rates that convert other currencies into it: one
 * unit of a listed currency is worth {@code rate} units of the reporting currency.
 *
 * <p>Without a rate, an amount in another currency cannot enter a figure: analytics throw {@link
 * CurrencyMismatchException} naming both currencies rather than add apples to pears. Rates are
 * exact decimals; converted amounts are only rounded, half to even at the reporting currency's
 * minor unit, when a figure is finished.
 *
 * <pre>{@code
 * ExchangeRates rates = ExchangeRates.none(EUR).with(USD, new BigDecimal("0.92"));
 * }</pre>
 *
 * @param reporting the currency of every figure; never null, with a minor unit
 * @param rates the rate of each other currency into {@code reporting}: positive, at most 35 digits
 *     before the point and 30 after; copied without trailing zeros
 * @since 0.1
 */
public record ExchangeRates(Currency reporting, Map<Currency, BigDecimal> rates) {

  /** Creates an {@code ExchangeRates}, checking its components as the type's comment describes. */
  public ExchangeRates {
    requireNonNull(reporting, "reporting currency");
    requireNonNull(rates, "rates");
    checkArgument(
        reporting.getDefaultFractionDigits() >= 0,
        "reporting currency %s has no minor unit",
        reporting.getCurrencyCode());
    Map<Currency, BigDecimal> checked = new HashMap<>();
    rates.forEach((currency, rate) -> checked.put(currency, checkRate(reporting, currency, rate)));
    rates = Map.copyOf(checked);
  }

  /**
   * Returns {@code rate} without trailing zeros, once checked: positive, within the bounds of every
   * decimal crmkit holds (35 digits before the point, 30 after), and 1 for the reporting currency.
   */
  private static BigDecimal checkRate(Currency reporting, Currency currency, BigDecimal rate) {
    requireNonNull(currency, "currency");
    requireNonNull(rate, "rate");
    String name = "rate of " + currency.getCurrencyCode() + " into " + reporting.getCurrencyCode();
    BigDecimal bounded = Numbers.decimal(name, rate, Numbers.DECIMAL);
    checkArgument(bounded.signum() > 0, "%s must be positive: %s", name, bounded);
    checkArgument(
        !currency.equals(reporting) || bounded.compareTo(BigDecimal.ONE) == 0,
        "rate of the reporting currency %s into itself must be 1: %s",
        reporting.getCurrencyCode(),
        bounded);
    return bounded;
  }

  /** Returns the reporting currency with no rates: every amount must already be in it. */
  public static ExchangeRates none(Currency reporting) {
    return new ExchangeRates(reporting, Map.of());
  }

  /**
   * Returns the reporting currency written as ISO 4217 {@code code}, with no rates.
   *
   * @throws IllegalArgumentException if the code is not a currency
   */
  public static ExchangeRates none(String code) {
    requireNonNull(code, "currency code");
    try {
      return none(Currency.getInstance(code.strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown ISO 4217 currency code: " + Quoted.of(code), e);
    }
  }

  /** Returns these rates plus (or with a new) {@code rate} of {@code currency}. */
  public ExchangeRates with(Currency currency, BigDecimal rate) {
    Map<Currency, BigDecimal> more = new HashMap<>(rates);
    more.put(requireNonNull(currency, "currency"), requireNonNull(rate, "rate"));
    return new ExchangeRates(reporting, more);
  }

  /** Returns the rate of {@code currency} into the reporting currency; 1 for itself. */
  public Optional<BigDecimal> rate(Currency currency) {
    requireNonNull(currency, "currency");
    return currency.equals(reporting)
        ? Optional.of(BigDecimal.ONE)
        : Optional.ofNullable(rates.get(currency));
  }

  /**
   * Returns {@code money} in the reporting currency, rounded half to even at its minor unit.
   *
   * @throws CurrencyMismatchException if there is no rate for the money's currency
   */
  public Money convert(Money money) {
    requireNonNull(money, "money");
    BigDecimal rate =
        rate(money.currency())
            .orElseThrow(() -> new CurrencyMismatchException(reporting, money.currency()));
    return Money.of(
        money
            .amount()
            .multiply(rate)
            .setScale(reporting.getDefaultFractionDigits(), java.math.RoundingMode.HALF_EVEN),
        reporting);
  }
}
