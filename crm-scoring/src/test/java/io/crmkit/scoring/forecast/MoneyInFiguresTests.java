package io.crmkit.scoring.forecast;

import static io.crmkit.scoring.forecast.SalesFixtures.DEMO;
import static io.crmkit.scoring.forecast.SalesFixtures.QUALIFY;
import static io.crmkit.scoring.forecast.SalesFixtures.SALES;
import static io.crmkit.scoring.forecast.SalesFixtures.aDeal;
import static io.crmkit.scoring.forecast.SalesFixtures.day;
import static io.crmkit.scoring.forecast.SalesFixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.deal.Deal;
import io.crmkit.core.money.CurrencyMismatchException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoneyInFiguresTests {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final Currency USD = Currency.getInstance("USD");
  private static final Currency JPY = Currency.getInstance("JPY");

  private static PipelineAnalytics inEuros(ExchangeRates rates) {
    return PipelineAnalytics.of(ReportingBasis.of(rates, ZoneOffset.UTC));
  }

  @Test
  void refusesToMixCurrenciesWithoutARate() {
    Deal dollars = aDeal(Money.of("100.00", "USD")).openedAt(day(0)).deal();
    Deal euros = aDeal(eur("100.00")).openedAt(day(0)).deal();

    assertThatThrownBy(
            () ->
                inEuros(ExchangeRates.none(EUR))
                    .analyse(List.of(euros, dollars), List.of(SALES), day(1)))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: expected EUR but got USD");
    assertThatThrownBy(
            () ->
                inEuros(ExchangeRates.none(EUR))
                    .pipelineAt(List.of(dollars), List.of(SALES), day(1)))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void convertsWithTheRatesGiven() {
    Deal dollars = aDeal(Money.of("100.00", "USD")).openedAt(day(0)).deal();
    Deal yen = aDeal(Money.of("10000", "JPY")).openedAt(day(0)).deal();
    ExchangeRates rates =
        ExchangeRates.none(EUR)
            .with(USD, new BigDecimal("0.915"))
            .with(JPY, new BigDecimal("0.0061"));

    StageSummary qualify =
        inEuros(rates)
            .analyse(List.of(dollars, yen), List.of(SALES), day(1))
            .pipeline(SALES.id())
            .orElseThrow()
            .stage(QUALIFY)
            .orElseThrow();

    // 91.50 + 61.00 at 10 %
    assertThat(qualify.amount()).isEqualTo(eur("152.50"));
    assertThat(qualify.weighted()).isEqualTo(eur("15.25"));
  }

  @Test
  void roundsWeightedAmountsOnceAtTheEnd() {
    // each deal weighs 0.004 EUR: rounding each would give 0.00, the exact sum 0.012 gives 0.01
    List<Deal> cents =
        List.of(
            aDeal(eur("0.01")).openedAt(day(0)).movedTo(DEMO, day(1)).deal(),
            aDeal(eur("0.01")).openedAt(day(0)).movedTo(DEMO, day(1)).deal(),
            aDeal(eur("0.01")).openedAt(day(0)).movedTo(DEMO, day(1)).deal());

    PipelineSummary summary =
        inEuros(ExchangeRates.none(EUR)).analyse(cents, List.of(SALES), day(2)).pipelines().get(0);

    assertThat(summary.stage(DEMO).orElseThrow().weighted()).isEqualTo(eur("0.01"));
    assertThat(summary.weighted()).isEqualTo(eur("0.01"));
  }

  @Test
  void roundsHalfToEven() {
    // three deals of 0.05 at 10 %: 0.015 rounds to 0.02; one deal: 0.005 rounds to 0.00
    List<Deal> three =
        List.of(
            aDeal(eur("0.05")).openedAt(day(0)).deal(),
            aDeal(eur("0.05")).openedAt(day(0)).deal(),
            aDeal(eur("0.05")).openedAt(day(0)).deal());
    PipelineAnalytics analytics = inEuros(ExchangeRates.none(EUR));

    assertThat(analytics.analyse(three, List.of(SALES), day(1)).pipelines().get(0).weighted())
        .isEqualTo(eur("0.02"));
    assertThat(
            analytics
                .analyse(three.subList(0, 1), List.of(SALES), day(1))
                .pipelines()
                .get(0)
                .weighted())
        .isEqualTo(eur("0.00"));
  }

  @Test
  void keepsSumsBeyondALongExact() {
    Money huge = eur("90000000000000000.00");
    List<Deal> deals =
        List.of(
            aDeal(huge).openedAt(day(0)).deal(),
            aDeal(huge).openedAt(day(0)).deal(),
            aDeal(huge).openedAt(day(0)).deal());

    PipelineSummary summary =
        inEuros(ExchangeRates.none(EUR)).analyse(deals, List.of(SALES), day(1)).pipelines().get(0);

    assertThat(summary.amount()).isEqualTo(eur("270000000000000000.00"));
    assertThat(summary.weighted()).isEqualTo(eur("27000000000000000.00"));
  }

  @Test
  void convertsQuotasIntoTheReportingCurrency() {
    Quotas quotas =
        Quotas.none()
            .with(SalesFixtures.ANA, SalesPeriod.month(2026, 1), Money.of("1000.00", "USD"));

    assertThatThrownBy(
            () ->
                inEuros(ExchangeRates.none(EUR)).analyse(List.of(), List.of(SALES), day(1), quotas))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessage("currency mismatch: expected EUR but got USD");
    assertThat(
            inEuros(ExchangeRates.none(EUR).with(USD, new BigDecimal("0.9")))
                .analyse(List.of(), List.of(SALES), day(1), quotas)
                .attainment()
                .get(0)
                .quota())
        .isEqualTo(eur("900.00"));
  }
}
