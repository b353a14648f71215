package io.crmkit.scoring.forecast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.money.CurrencyMismatchException;
import io.crmkit.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MonteCarloForecastTests {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate JULY = LocalDate.of(2026, 7, 15);
  private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
  private static final int RUNS = 100_000;

  private final MonteCarloForecast forecast =
      MonteCarloForecast.of(EUR, PeriodUnit.QUARTER).runs(RUNS).seed(7);

  @Test
  void givesTheExactPercentilesOfTwoDeals() {
    // revenue 0 (p .375), 100 (.375), 200 (.125), 300 (.125): cumulative .375, .75, .875, 1
    RevenueOutlook outlook =
        forecast.simulate(List.of(deal("100", 0.5, JULY), deal("200", 0.25, JULY)));

    SimulatedRevenue q3 = outlook.period(SalesPeriod.quarter(2026, 3)).orElseThrow();
    assertThat(q3.p10()).isEqualTo(eur("0"));
    assertThat(q3.p50()).isEqualTo(eur("100"));
    assertThat(q3.p90()).isEqualTo(eur("300"));
    assertThat(q3.probabilityOfReaching(eur("200"))).isCloseTo(0.25, within(0.006));
    assertThat(q3.probabilityOfReaching(eur("100"))).isCloseTo(0.625, within(0.006));
    assertThat(q3.mean().amount().doubleValue()).isCloseTo(100.0, within(1.2));
    assertThat(q3.runs()).isEqualTo(RUNS);
  }

  @Test
  void putsCertainDealsInEveryRunAndImpossibleOnesInNone() {
    RevenueOutlook outlook =
        forecast.simulate(
            List.of(deal("500", 1.0, JULY), deal("900", 0.0, JULY), deal("70", 1.0, OCTOBER)));

    SimulatedRevenue q3 = outlook.period(SalesPeriod.quarter(2026, 3)).orElseThrow();
    assertThat(q3.p10()).isEqualTo(eur("500"));
    assertThat(q3.p90()).isEqualTo(eur("500"));
    assertThat(q3.probabilityOfReaching(eur("500"))).isEqualTo(1.0);
    assertThat(q3.probabilityOfReaching(eur("500.01"))).isEqualTo(0.0);
    assertThat(outlook.periods().keySet())
        .containsExactly(SalesPeriod.quarter(2026, 3), SalesPeriod.quarter(2026, 4));
    assertThat(outlook.total().p50()).isEqualTo(eur("570"));
    assertThat(outlook.period(SalesPeriod.quarter(2027, 1))).isEmpty();
  }

  @Test
  void matchesTheExactDistributionOfSixDeals() {
    SplittableRandom random = new SplittableRandom(11);
    List<SimulatedDeal> deals = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      deals.add(
          deal(String.valueOf(100 + random.nextInt(900)), random.nextInt(1, 20) / 20.0, JULY));
    }
    SimulatedRevenue q3 =
        forecast.simulate(deals).period(SalesPeriod.quarter(2026, 3)).orElseThrow();

    for (long quota : new long[] {500, 1000, 1500, 2000, 2500}) {
      double exact = exactlyAtLeast(deals, quota);
      // four standard errors of a share over the runs
      double tolerance = 4 * Math.sqrt(exact * (1 - exact) / RUNS) + 1e-9;
      assertThat(q3.probabilityOfReaching(eur(String.valueOf(quota))))
          .as("P(revenue >= %s)", quota)
          .isCloseTo(exact, within(tolerance));
    }
  }

  /** Returns the probability that the deals bring at least {@code quota}, over all 2^n outcomes. */
  private static double exactlyAtLeast(List<SimulatedDeal> deals, long quota) {
    double probability = 0;
    for (int outcome = 0; outcome < 1 << deals.size(); outcome++) {
      double p = 1;
      long revenue = 0;
      for (int i = 0; i < deals.size(); i++) {
        SimulatedDeal deal = deals.get(i);
        boolean won = (outcome >> i & 1) == 1;
        p *= won ? deal.probability() : 1 - deal.probability();
        revenue += won ? deal.amount().amount().longValueExact() : 0;
      }
      if (revenue >= quota) {
        probability += p;
      }
    }
    return probability;
  }

  @Test
  void givesTheSameOutlookForTheSameSeedAndAnotherForAnother() {
    List<SimulatedDeal> deals = List.of(deal("100", 0.3, JULY), deal("250", 0.6, OCTOBER));
    MonteCarloForecast small = forecast.runs(50);

    RevenueOutlook first = small.simulate(deals);
    RevenueOutlook again = small.simulate(deals);
    RevenueOutlook other = small.seed(8).simulate(deals);

    assertThat(again.total().mean()).isEqualTo(first.total().mean());
    assertThat(again.total().probabilityOfReaching(eur("250")))
        .isEqualTo(first.total().probabilityOfReaching(eur("250")));
    assertThat(other.total().mean()).isNotEqualTo(first.total().mean());
    assertThat(first.seed()).isEqualTo(7);
    assertThat(first.runs()).isEqualTo(50);
  }

  @Test
  void refusesBadInputNamingIt() {
    assertThatThrownBy(() -> deal("100", 1.5, JULY))
        .hasMessage("win probability must be 0 to 1: 1.5");
    assertThatThrownBy(() -> forecast.runs(0)).hasMessageContaining("runs must be 1 to");
    assertThatThrownBy(
            () -> forecast.simulate(List.of(new SimulatedDeal(Money.of("1", "USD"), 0.5, JULY))))
        .isInstanceOf(CurrencyMismatchException.class);
    SimulatedRevenue revenue = forecast.runs(10).simulate(List.of(deal("1", 0.5, JULY))).total();
    assertThatThrownBy(() -> revenue.percentile(0)).hasMessageContaining("1 to 100");
  }

  private static SimulatedDeal deal(String amount, double probability, LocalDate closeDate) {
    return new SimulatedDeal(eur(amount), probability, closeDate);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
