package io.crmkit.scoring.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.Currency;

/**
 * How figures are reported: in which currency (and with which exchange rates), in which time zone
 * instants fall into periods, and by which period unit win rates are broken down.
 *
 * @param rates the reporting currency and the rates of other currencies into it; never null
 * @param zone the zone whose calendar places close instants in months and quarters; never null
 * @param periodUnit the unit of the win rate's periods; never null (the forecast is always by
 *     month, quotas bring their own periods)
 * @since 0.1
 */
public record ReportingBasis(ExchangeRates rates, ZoneId zone, PeriodUnit periodUnit) {

  /** Creates a {@code ReportingBasis}, checking its components as the type's comment describes. */
  public ReportingBasis {
    requireNonNull(rates, "exchange rates");
    requireNonNull(zone, "zone");
    requireNonNull(periodUnit, "period unit");
  }

  /** Returns figures in {@code currency} only (no rates), periods by month in {@code zone}. */
  public static ReportingBasis of(Currency currency, ZoneId zone) {
    return new ReportingBasis(ExchangeRates.none(currency), zone, PeriodUnit.MONTH);
  }

  /** Returns figures converted with {@code rates}, periods by month in {@code zone}. */
  public static ReportingBasis of(ExchangeRates rates, ZoneId zone) {
    return new ReportingBasis(rates, zone, PeriodUnit.MONTH);
  }

  /** Returns this basis with win rates broken down by {@code unit}. */
  public ReportingBasis by(PeriodUnit unit) {
    return new ReportingBasis(rates, zone, unit);
  }

  /** Returns the currency of every figure. */
  public Currency currency() {
    return rates.reporting();
  }

  /** Returns a tally of minor units as money, rounded half to even at the minor unit. */
  Money amount(Tally tally) {
    return money(tally.total(), 0);
  }

  /** Returns a tally of minor units times percent as money, rounded half to even. */
  Money weighted(Tally tally) {
    return money(tally.total(), 2);
  }

  Money money(BigDecimal minorUnits, int percentDigits) {
    int digits = currency().getDefaultFractionDigits();
    return Money.of(
        minorUnits.movePointLeft(digits + percentDigits).setScale(digits, RoundingMode.HALF_EVEN),
        currency());
  }
}
