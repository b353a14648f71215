package io.crmkit.scoring.forecast;

import io.crmkit.core.money.CurrencyMismatchException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.util.Currency;
import org.jspecify.annotations.Nullable;

/**
 * One deal's amount in minor units of the reporting currency, converted once per deal and then
 * added to every figure the deal counts in. Mutable and reused across the deals of one pass, so
 * that the common case (an amount already in the reporting currency) allocates nothing.
 */
final class DealValue {

  private final ExchangeRates rates;
  private final Currency reporting;
  private final int minorDigits;
  private long minor;
  private @Nullable BigDecimal converted;
  private boolean known;

  DealValue(ExchangeRates rates) {
    this.rates = rates;
    this.reporting = rates.reporting();
    this.minorDigits = reporting.getDefaultFractionDigits();
  }

  /**
   * Takes {@code amount}; an unknown amount counts as zero.
   *
   * @throws CurrencyMismatchException if the amount is in a currency without a rate
   */
  void set(@Nullable Money amount) {
    converted = null;
    minor = 0;
    known = amount != null;
    if (amount == null) {
      return;
    }
    if (amount.currency().equals(reporting)) {
      // Money keeps its amount at the currency's minor unit: the unscaled value is in minor units
      java.math.BigInteger unscaled = amount.amount().unscaledValue();
      if (unscaled.bitLength() < 63) {
        minor = unscaled.longValue();
        return;
      }
      converted = amount.amount().movePointRight(minorDigits);
      return;
    }
    BigDecimal rate =
        rates
            .rate(amount.currency())
            .orElseThrow(() -> new CurrencyMismatchException(reporting, amount.currency()));
    converted = amount.amount().multiply(rate).movePointRight(minorDigits);
  }

  boolean known() {
    return known;
  }

  void addTo(Tally tally) {
    if (converted == null) {
      tally.add(minor);
    } else {
      tally.add(converted);
    }
  }

  /** Adds the amount times {@code percent} (so the tally is in minor units times percent). */
  void addWeightedTo(Tally tally, int percent) {
    if (converted == null) {
      // deal amounts are not negative and percent is at most 100
      if (minor <= Long.MAX_VALUE / 100) {
        tally.add(minor * percent);
        return;
      }
      tally.add(BigDecimal.valueOf(minor).multiply(BigDecimal.valueOf(percent)));
    } else {
      tally.add(converted.multiply(BigDecimal.valueOf(percent)));
    }
  }
}
