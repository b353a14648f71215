package io.crmkit.scoring.forecast;

import static io.crmkit.scoring.forecast.SalesFixtures.ANA;
import static io.crmkit.scoring.forecast.SalesFixtures.BOB;
import static io.crmkit.scoring.forecast.SalesFixtures.DEMO;
import static io.crmkit.scoring.forecast.SalesFixtures.PROPOSAL;
import static io.crmkit.scoring.forecast.SalesFixtures.QUALIFY;
import static io.crmkit.scoring.forecast.SalesFixtures.SALES;
import static io.crmkit.scoring.forecast.SalesFixtures.WON;
import static io.crmkit.scoring.forecast.SalesFixtures.aDeal;
import static io.crmkit.scoring.forecast.SalesFixtures.day;
import static io.crmkit.scoring.forecast.SalesFixtures.eur;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.ForecastCategory;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.Stage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * One small team's deals with every figure worked out by hand. The deals, with days counted from T0
 * = Monday 2026-01-05 09:00 UTC, report at day 40 (2026-02-14):
 *
 * <pre>
 * A  1000.00 ana  web       close 2026-03-15  Qualify d0, Demo d2                  open in Demo
 * B  2000.00 bob  referral  close 2026-04-10  Qualify d0, Demo d1, Proposal d4     open in Proposal
 * C   500.00 ana  web                         Qualify d0, Demo d1, won d10         won 2026-01-15
 * E   300.00 bob  web                         Qualify d0, lost d3                  lost 2026-01-08
 * F       -  ana                              Qualify d0                           open, rotting
 * G   700.00 ana  referral                    Qualify d1, Demo d2, Proposal d3, won d30 (02-04)
 * </pre>
 */
class PipelineAnalyticsTests {

  private static final PipelineAnalytics ANALYTICS =
      PipelineAnalytics.of(ReportingBasis.of(Currency.getInstance("EUR"), ZoneOffset.UTC));

  private final Deal a =
      aDeal(eur("1000.00"))
          .from("web")
          .closingOn("2026-03-15")
          .openedAt(day(0))
          .movedTo(DEMO, day(2))
          .deal();
  private final Deal b =
      aDeal(eur("2000.00"))
          .ownedBy(BOB)
          .from("referral")
          .closingOn("2026-04-10")
          .openedAt(day(0))
          .movedTo(DEMO, day(1))
          .movedTo(PROPOSAL, day(4))
          .deal();
  private final Deal c =
      aDeal(eur("500.00")).from("web").openedAt(day(0)).movedTo(DEMO, day(1)).wonAt(day(10)).deal();
  private final Deal e =
      aDeal(eur("300.00")).ownedBy(BOB).from("web").openedAt(day(0)).lostAt(day(3)).deal();
  private final Deal f = aDeal(null).openedAt(day(0)).deal();
  private final Deal g =
      aDeal(eur("700.00"))
          .from("referral")
          .openedAt(day(1))
          .movedTo(DEMO, day(2))
          .movedTo(PROPOSAL, day(3))
          .wonAt(day(30))
          .deal();
  private final List<Deal> deals = List.of(a, b, c, e, f, g);

  private PipelineReport report() {
    return ANALYTICS.analyse(deals, List.of(SALES), day(40));
  }

  @Test
  void summarisesTheOpenPipelinePerStage() {
    PipelineSummary summary = report().pipeline(SALES.id()).orElseThrow();

    assertThat(summary.stages())
        .containsExactly(
            new StageSummary(QUALIFY, "Qualify", 1, eur("0.00"), eur("0.00")),
            new StageSummary(DEMO, "Demo", 1, eur("1000.00"), eur("400.00")),
            new StageSummary(PROPOSAL, "Proposal", 1, eur("2000.00"), eur("1400.00")));
    assertThat(summary.deals()).isEqualTo(3);
    assertThat(summary.amount()).isEqualTo(eur("3000.00"));
    assertThat(summary.weighted()).isEqualTo(eur("1800.00"));
    assertThat(summary.name()).isEqualTo("New business");
  }

  @Test
  void forecastsByCloseMonthWithWonDealsInTheMonthTheyWereWon() {
    Forecast forecast = report().forecast();

    assertThat(forecast.byCloseMonth())
        .containsExactly(
            Map.entry(
                SalesPeriod.month(2026, 1),
                new ForecastFigure(1, eur("500.00"), eur("500.00"), eur("500.00"))),
            Map.entry(
                SalesPeriod.month(2026, 2),
                new ForecastFigure(1, eur("700.00"), eur("700.00"), eur("700.00"))),
            Map.entry(
                SalesPeriod.month(2026, 3),
                new ForecastFigure(1, eur("1000.00"), eur("400.00"), eur("0.00"))),
            Map.entry(
                SalesPeriod.month(2026, 4),
                new ForecastFigure(1, eur("2000.00"), eur("1400.00"), eur("0.00"))));
    assertThat(forecast.undated())
        .isEqualTo(new ForecastFigure(1, eur("0.00"), eur("0.00"), eur("0.00")));
  }

  @Test
  void forecastsByOwnerLeavingLostDealsOut() {
    Forecast forecast = report().forecast();

    assertThat(forecast.byOwner())
        .containsOnly(
            Map.entry(ANA, new ForecastFigure(4, eur("2200.00"), eur("1600.00"), eur("1200.00"))),
            Map.entry(BOB, new ForecastFigure(1, eur("2000.00"), eur("1400.00"), eur("0.00"))));
    assertThat(forecast.byOwnerAndMonth().get(ANA).keySet())
        .containsExactly(
            SalesPeriod.month(2026, 1), SalesPeriod.month(2026, 2), SalesPeriod.month(2026, 3));
  }

  @Test
  void totalsTheForecastOverEveryOpenAndWonDeal() {
    Forecast forecast = report().forecast();

    assertThat(forecast.total())
        .isEqualTo(new ForecastFigure(5, eur("4200.00"), eur("3000.00"), eur("1200.00")));
  }

  @Test
  void forecastsByCategory() {
    assertThat(report().forecast().byCategory())
        .containsExactly(
            Map.entry(
                ForecastCategory.PIPELINE,
                new ForecastFigure(1, eur("0.00"), eur("0.00"), eur("0.00"))),
            Map.entry(
                ForecastCategory.BEST_CASE,
                new ForecastFigure(1, eur("1000.00"), eur("400.00"), eur("0.00"))),
            Map.entry(
                ForecastCategory.COMMIT,
                new ForecastFigure(1, eur("2000.00"), eur("1400.00"), eur("0.00"))),
            Map.entry(
                ForecastCategory.CLOSED,
                new ForecastFigure(2, eur("1200.00"), eur("1200.00"), eur("1200.00"))));
  }

  @Test
  void measuresQuotaAttainmentPerOwnerAndPeriod() {
    Quotas quotas =
        Quotas.none()
            .with(ANA, SalesPeriod.quarter(2026, 1), eur("1000.00"))
            .with(ANA, SalesPeriod.month(2026, 2), eur("700.00"))
            .with(BOB, SalesPeriod.quarter(2026, 2), eur("4000.00"));

    List<QuotaAttainment> attainment =
        ANALYTICS.analyse(deals, List.of(SALES), day(40), quotas).attainment();

    assertThat(attainment)
        .containsExactly(
            new QuotaAttainment(
                ANA, SalesPeriod.quarter(2026, 1), eur("1000.00"), eur("1200.00"), eur("1600.00")),
            new QuotaAttainment(
                ANA, SalesPeriod.month(2026, 2), eur("700.00"), eur("700.00"), eur("700.00")),
            new QuotaAttainment(
                BOB, SalesPeriod.quarter(2026, 2), eur("4000.00"), eur("0.00"), eur("1400.00")));
    assertThat(attainment.get(0).attainment()).isEqualByComparingTo("1.2");
    assertThat(attainment.get(0).projected()).isEqualByComparingTo("1.6");
    assertThat(attainment.get(2).projected()).isEqualByComparingTo("0.35");
  }

  @Test
  void computesWinRatesByPeriodOwnerAndSource() {
    WinRates rates = report().winRates();

    assertThat(rates.overall()).isEqualTo(new WinRate(2, 1));
    assertThat(rates.overall().rate()).contains(new BigDecimal("0.6666666666666667"));
    assertThat(rates.byPeriod())
        .containsExactly(
            Map.entry(SalesPeriod.month(2026, 1), new WinRate(1, 1)),
            Map.entry(SalesPeriod.month(2026, 2), new WinRate(1, 0)));
    assertThat(rates.byOwner())
        .containsOnly(Map.entry(ANA, new WinRate(2, 0)), Map.entry(BOB, new WinRate(0, 1)));
    assertThat(rates.bySource())
        .containsOnly(
            Map.entry("web", new WinRate(1, 1)), Map.entry("referral", new WinRate(1, 0)));
  }

  @Test
  void breaksWinRatesDownByQuarterWhenAsked() {
    PipelineReport quarterly =
        PipelineAnalytics.of(ANALYTICS.basis().by(PeriodUnit.QUARTER))
            .analyse(deals, List.of(SALES), day(40));

    assertThat(quarterly.winRates().byPeriod())
        .containsExactly(Map.entry(SalesPeriod.quarter(2026, 1), new WinRate(2, 1)));
  }

  @Test
  void averagesTheWonDealSizeAndTheSalesCycle() {
    PipelineReport report = report();

    assertThat(report.dealSize()).isEqualTo(new DealSize(2, eur("1200.00")));
    assertThat(report.dealSize().average()).contains(eur("600.00"));
    assertThat(report.salesCycle())
        .isEqualTo(new SalesCycle(2, Duration.ofHours(468), Duration.ofHours(468)));
  }

  @Test
  void takesTheMedianCycleFromTheMiddleDeal() {
    Deal quick = aDeal(eur("1.00")).openedAt(day(0)).wonAt(day(2)).deal();
    Deal slow = aDeal(eur("1.00")).openedAt(day(0)).wonAt(day(30)).deal();
    Deal middle = aDeal(eur("1.00")).openedAt(day(0)).wonAt(day(4)).deal();

    SalesCycle cycle =
        ANALYTICS.analyse(List.of(quick, slow, middle), List.of(SALES), day(40)).salesCycle();

    assertThat(cycle.median()).isEqualTo(Duration.ofDays(4));
    assertThat(cycle.average()).isEqualTo(Duration.ofDays(12));
  }

  @Test
  void convertsFromEachStageToEveryLaterOne() {
    PipelineReport report = report();

    assertThat(report.nextStageConversions())
        .containsExactly(
            new StageConversion(SALES.id(), QUALIFY, DEMO, true, 6, 4),
            new StageConversion(SALES.id(), DEMO, PROPOSAL, true, 4, 2),
            new StageConversion(SALES.id(), PROPOSAL, WON, true, 2, 1));
    assertThat(report.conversion(QUALIFY, PROPOSAL).orElseThrow().reached()).isEqualTo(2);
    assertThat(report.conversion(QUALIFY, WON).orElseThrow().reached()).isEqualTo(2);
    assertThat(report.conversion(DEMO, WON).orElseThrow())
        .isEqualTo(new StageConversion(SALES.id(), DEMO, WON, false, 4, 2));
    assertThat(report.conversion(DEMO, WON).orElseThrow().rate()).contains(new BigDecimal("0.5"));
    assertThat(report.conversions()).hasSize(6);
  }

  @Test
  void countsAStageReachedAgainAfterABackwardMove() {
    Deal backAndForth =
        aDeal(eur("1.00"))
            .openedAt(day(0))
            .movedTo(PROPOSAL, day(1))
            .movedTo(DEMO, day(2))
            .movedTo(PROPOSAL, day(3))
            .deal();

    PipelineReport report = ANALYTICS.analyse(List.of(backAndForth), List.of(SALES), day(4));

    assertThat(report.conversion(DEMO, PROPOSAL).orElseThrow())
        .isEqualTo(new StageConversion(SALES.id(), DEMO, PROPOSAL, true, 1, 1));
    assertThat(report.stageTime(PROPOSAL).orElseThrow().stays()).isEqualTo(1);
  }

  @Test
  void averagesTheCompletedStaysInEachStage() {
    PipelineReport report = report();

    assertThat(report.stageTime(QUALIFY).orElseThrow())
        .isEqualTo(new StageTime(SALES.id(), QUALIFY, 5, Duration.ofDays(8)));
    assertThat(report.stageTime(QUALIFY).orElseThrow().average())
        .contains(Duration.ofHours(8 * 24 / 5).plusMinutes(24));
    assertThat(report.stageTime(DEMO).orElseThrow())
        .isEqualTo(new StageTime(SALES.id(), DEMO, 3, Duration.ofDays(13)));
    assertThat(report.stageTime(PROPOSAL).orElseThrow())
        .isEqualTo(new StageTime(SALES.id(), PROPOSAL, 1, Duration.ofDays(27)));
  }

  @Test
  void computesTheSalesVelocity() {
    SalesVelocity velocity = report().velocity().orElseThrow();

    // 3 open deals x 600.00 x 2/3 / 19.5 days = 61.538... a day
    assertThat(velocity.perDay()).isEqualTo(eur("61.54"));
    assertThat(velocity.openDeals()).isEqualTo(3);
    assertThat(velocity.averageDealSize()).isEqualTo(eur("600.00"));
    assertThat(velocity.cycleDays()).isEqualByComparingTo("19.5");
  }

  @Test
  void hasNoVelocityBeforeADealIsWon() {
    PipelineReport report = ANALYTICS.analyse(List.of(a, b, e), List.of(SALES), day(40));

    assertThat(report.velocity()).isEmpty();
    assertThat(report.dealSize().average()).isEmpty();
    assertThat(report.salesCycle()).isEqualTo(new SalesCycle(0, Duration.ZERO, Duration.ZERO));
  }

  @Test
  void listsTheOpenDealsPastTheirStagesRottingThreshold() {
    assertThat(report().rotting())
        .containsExactly(
            new RottingDeal(f.id(), SALES.id(), QUALIFY, ANA, Duration.ofDays(40), 14));
    assertThat(ANALYTICS.analyse(deals, List.of(SALES), day(14)).rotting()).isEmpty();
    assertThat(ANALYTICS.analyse(deals, List.of(SALES), day(14.01)).rotting()).hasSize(1);
  }

  @Test
  void rebuildsThePipelineAsItStoodAtAPastInstant() {
    PipelineSummary then =
        ANALYTICS.pipelineAt(deals, List.of(SALES), day(2).plusSeconds(3600)).get(0);

    assertThat(then.stages())
        .containsExactly(
            new StageSummary(QUALIFY, "Qualify", 2, eur("300.00"), eur("30.00")),
            new StageSummary(DEMO, "Demo", 4, eur("4200.00"), eur("1680.00")),
            new StageSummary(PROPOSAL, "Proposal", 0, eur("0.00"), eur("0.00")));
    assertThat(then.deals()).isEqualTo(6);
    assertThat(then.at()).isEqualTo(day(2).plusSeconds(3600));
  }

  @Test
  void rebuildsAnEmptyPipelineBeforeTheFirstDeal() {
    PipelineSummary then = ANALYTICS.pipelineAt(deals, List.of(SALES), day(-1)).get(0);

    assertThat(then.deals()).isZero();
    assertThat(then.amount()).isEqualTo(eur("0.00"));
  }

  @Test
  void rebuildsTodaysPipelineAsTheCurrentOne() {
    assertThat(ANALYTICS.pipelineAt(deals, List.of(SALES), day(40)))
        .containsExactly(report().pipeline(SALES.id()).orElseThrow());
  }

  @Test
  void showsDealsOfARemovedStageOnALineOfTheirOwn() {
    Pipeline withoutDemo =
        Pipeline.restore(
            SALES.id(),
            SALES.tenant(),
            SALES.revision(),
            SALES.name(),
            SALES.stages().stream().filter(s -> !s.id().equals(DEMO)).toList(),
            SALES.policy());

    PipelineSummary then = ANALYTICS.pipelineAt(List.of(a), List.of(withoutDemo), day(3)).get(0);

    assertThat(then.stage(DEMO))
        .contains(new StageSummary(DEMO, StageSummary.REMOVED, 1, eur("1000.00"), eur("400.00")));
  }

  @Test
  void refusesADealOfAPipelineNotGiven() {
    Pipeline other =
        Pipeline.create(
                PipelineId.of(new UUID(0, 999)),
                SalesFixtures.TENANT,
                "Renewals",
                List.of(
                    Stage.open(SalesFixtures.stageId(11), "Open", 50),
                    Stage.won(SalesFixtures.stageId(12), "Won"),
                    Stage.lost(SalesFixtures.stageId(13), "Lost")),
                PipelinePolicy.STRICT,
                day(0),
                ANA)
            .state();

    assertThatThrownBy(() -> ANALYTICS.analyse(List.of(a), List.of(other), day(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "deal "
                + a.id()
                + " is in pipeline "
                + SALES.id()
                + ", which is not among the pipelines given");
    assertThatThrownBy(() -> ANALYTICS.pipelineAt(List.of(a), List.of(other), day(1)))
        .hasMessageContaining("not among the pipelines given");
  }

  @Test
  void refusesNullArguments() {
    assertThatThrownBy(() -> ANALYTICS.analyse(null, List.of(SALES), day(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("deals");
    assertThatThrownBy(() -> ANALYTICS.analyse(deals, List.of(SALES), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("at");
    assertThatThrownBy(() -> PipelineAnalytics.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("reporting basis");
  }

  @Test
  void addsUpTheTimesInStagesToTheDealsAge() {
    Map<io.crmkit.core.deal.StageId, Duration> times = PipelineAnalytics.timeInStages(g, day(40));

    assertThat(times)
        .containsExactly(
            Map.entry(QUALIFY, Duration.ofDays(1)),
            Map.entry(DEMO, Duration.ofDays(1)),
            Map.entry(PROPOSAL, Duration.ofDays(27)),
            Map.entry(WON, Duration.ofDays(10)));
    assertThat(g.age(day(40))).isEqualTo(Duration.ofDays(39));
  }
}
