package io.crmkit.scoring.forecast;

import static io.crmkit.scoring.forecast.SalesFixtures.ANA;
import static io.crmkit.scoring.forecast.SalesFixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values analytics take and give: their factories and the input they refuse. */
class ValuesTests {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");

  @Test
  void parsesAndPrintsMonthsAndQuarters() {
    assertThat(SalesPeriod.parse("2026-03")).isEqualTo(SalesPeriod.month(2026, 3));
    assertThat(SalesPeriod.parse("2026-Q2")).isEqualTo(SalesPeriod.quarter(2026, 2));
    assertThat(SalesPeriod.month(2026, 3)).hasToString("2026-03");
    assertThat(SalesPeriod.quarter(2026, 4)).hasToString("2026-Q4");
    assertThat(SalesPeriod.quarter(2026, 2).start()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(SalesPeriod.quarter(2026, 4).end()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(SalesPeriod.month(2026, 8).within(PeriodUnit.QUARTER))
        .isEqualTo(SalesPeriod.quarter(2026, 3));
  }

  @Test
  void placesAnInstantInThePeriodOfItsZone() {
    Instant lateMarch = Instant.parse("2026-03-31T23:00:00Z");

    assertThat(SalesPeriod.containing(lateMarch, ZoneId.of("UTC"), PeriodUnit.MONTH))
        .isEqualTo(SalesPeriod.month(2026, 3));
    assertThat(SalesPeriod.containing(lateMarch, ZoneId.of("Europe/Berlin"), PeriodUnit.QUARTER))
        .isEqualTo(SalesPeriod.quarter(2026, 2));
  }

  @Test
  void ordersPeriodsInTime() {
    assertThat(List.of(SalesPeriod.month(2026, 2), SalesPeriod.month(2025, 12)).stream().sorted())
        .containsExactly(SalesPeriod.month(2025, 12), SalesPeriod.month(2026, 2));
  }

  @Test
  void rejectsBadPeriods() {
    assertThatThrownBy(() -> SalesPeriod.parse("2026-13"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("month number must be 1 to 12: 13");
    assertThatThrownBy(() -> SalesPeriod.parse("2026-Q5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a period (2026-03 or 2026-Q1): '2026-Q5'");
    assertThatThrownBy(() -> SalesPeriod.parse(" "))
        .hasMessage("not a period (2026-03 or 2026-Q1): ' '");
    assertThatThrownBy(() -> SalesPeriod.parse("2026-03".repeat(5)))
        .hasMessageStartingWith("not a period");
    assertThatThrownBy(() -> SalesPeriod.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period");
    assertThatThrownBy(() -> SalesPeriod.quarter(2026, 0))
        .hasMessage("quarter number must be 1 to 4: 0");
    assertThatThrownBy(() -> SalesPeriod.month(0, 1))
        .hasMessage("period year must be 1 to 9999: 0");
    assertThatThrownBy(() -> SalesPeriod.quarter(2026, 1).within(PeriodUnit.MONTH))
        .hasMessage("a QUARTER does not lie within a MONTH");
  }

  @Test
  void convertsMoneyAtTheRateRoundedHalfToEven() {
    ExchangeRates rates = ExchangeRates.none(EUR).with(USD, new BigDecimal("0.925"));

    assertThat(rates.convert(Money.of("0.10", "USD"))).isEqualTo(eur("0.09"));
    assertThat(rates.convert(Money.of("0.30", "USD"))).isEqualTo(eur("0.28"));
    assertThat(rates.convert(eur("1.23"))).isEqualTo(eur("1.23"));
    assertThat(rates.rate(EUR)).contains(BigDecimal.ONE);
    assertThat(rates.rate(Currency.getInstance("GBP"))).isEmpty();
  }

  @Test
  void rejectsBadExchangeRates() {
    assertThatThrownBy(() -> ExchangeRates.none(EUR).with(USD, BigDecimal.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rate of USD into EUR must be positive: 0");
    assertThatThrownBy(() -> ExchangeRates.none(EUR).with(EUR, new BigDecimal("1.1")))
        .hasMessage("rate of the reporting currency EUR into itself must be 1: 1.1");
    assertThatThrownBy(() -> ExchangeRates.none("EURO"))
        .hasMessage("unknown ISO 4217 currency code: 'EURO'");
    assertThatThrownBy(() -> ExchangeRates.none(Currency.getInstance("XAU")))
        .hasMessage("reporting currency XAU has no minor unit");
    assertThatThrownBy(() -> new ExchangeRates(EUR, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rates");
    assertThatThrownBy(() -> ExchangeRates.none(EUR).with(null, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("currency");
  }

  @Test
  void rejectsBadQuotas() {
    SalesPeriod march = SalesPeriod.month(2026, 3);

    assertThatThrownBy(() -> Quota.of(ANA, march, eur("0.00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("quota of ana for 2026-03 must be positive: 0.00 EUR");
    assertThatThrownBy(
            () -> Quotas.none().with(ANA, march, eur("1.00")).with(ANA, march, eur("2.00")))
        .hasMessage("ana has two quotas for 2026-03");
    assertThatThrownBy(() -> Quota.of(null, march, eur("1.00")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("owner");
    assertThat(Quotas.none().isEmpty()).isTrue();
  }

  @Test
  void computesRatesAndAverages() {
    assertThat(new WinRate(1, 3).rate()).contains(new BigDecimal("0.25"));
    assertThat(new WinRate(0, 0).rate()).isEmpty();
    assertThat(new DealSize(3, eur("100.00")).average()).contains(eur("33.33"));
    PipelineId pipeline = PipelineId.of(java.util.UUID.randomUUID());
    StageId stage = StageId.random();
    assertThat(new StageTime(pipeline, stage, 2, Duration.ofHours(3)).average())
        .contains(Duration.ofMinutes(90));
    assertThat(new StageConversion(pipeline, stage, stage, true, 0, 0).rate()).isEmpty();
  }

  @Test
  void rejectsImpossibleFigures() {
    PipelineId pipeline = PipelineId.of(java.util.UUID.randomUUID());
    StageId stage = StageId.random();

    assertThatThrownBy(() -> new WinRate(-1, 0)).hasMessage("won count must not be negative: -1");
    assertThatThrownBy(() -> new StageConversion(pipeline, stage, stage, true, 1, 2))
        .hasMessage("reached must be 0 to entered (1): 2");
    assertThatThrownBy(() -> new SalesCycle(0, Duration.ofDays(1), Duration.ZERO))
        .hasMessage("a cycle of no deals has no length: PT24H, PT0S");
    assertThatThrownBy(
            () -> new ForecastFigure(1, eur("1.00"), Money.of("1.00", "USD"), eur("0.00")))
        .hasMessage("currency mismatch: expected EUR but got USD");
    assertThatThrownBy(
            () ->
                new SalesVelocity(
                    1, eur("1.00"), new BigDecimal("1.5"), BigDecimal.ONE, eur("1.00")))
        .hasMessage("win rate must be 0 to 1: 1.5");
    ForecastFigure none = new ForecastFigure(0, eur("0.00"), eur("0.00"), eur("0.00"));
    assertThatThrownBy(() -> new Forecast(Map.of(), null, Map.of(), Map.of(), Map.of(), none))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("undated figure");
    assertThatThrownBy(() -> new Forecast(Map.of(), none, Map.of(), Map.of(), Map.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("total figure");
  }

  @Test
  void refusesExchangeRatesBeyondTheNumbersCrmkitHolds() {
    // a rate of 1E-999999999 was accepted, and converting with it exhausted the heap in setScale
    assertThatThrownBy(() -> ExchangeRates.none(EUR).with(USD, new BigDecimal("1E-999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(200));
    assertThatThrownBy(() -> ExchangeRates.none(EUR).with(USD, new BigDecimal("1E+999999999")))
        .isInstanceOf(IllegalArgumentException.class)
        .satisfies(refusal -> assertThat(refusal.getMessage()).hasSizeLessThan(200));
  }
}
