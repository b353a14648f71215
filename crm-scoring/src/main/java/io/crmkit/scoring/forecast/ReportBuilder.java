package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.core.UserId;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.ForecastCategory;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.money.Money;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes a {@link PipelineReport} in one pass over the deals: each deal is looked at once, its
 * amount converted once, and added to every figure it counts in.
 */
final class ReportBuilder {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private final ReportingBasis basis;
  private final Instant at;
  private final DealValue value;
  private final Map<PipelineId, PipelineTally> pipelines = new LinkedHashMap<>();

  private final Map<SalesPeriod, FigureTally> byCloseMonth = new HashMap<>();
  private final FigureTally undated = new FigureTally();
  private final FigureTally total = new FigureTally();
  private final Map<UserId, FigureTally> byOwner = new HashMap<>();
  private final Map<ForecastCategory, FigureTally> byCategory =
      new EnumMap<>(ForecastCategory.class);
  private final Map<UserId, Map<SalesPeriod, FigureTally>> byOwnerAndMonth = new HashMap<>();

  private final WinCount overall = new WinCount();
  private final Map<SalesPeriod, WinCount> winsByPeriod = new HashMap<>();
  private final Map<UserId, WinCount> winsByOwner = new HashMap<>();
  private final Map<String, WinCount> winsBySource = new HashMap<>();

  private long sizedWins;
  private final Tally wonTotal = new Tally();
  private long[] cycles = new long[1024];
  private int cycleCount;
  private final List<RottingDeal> rotting = new ArrayList<>();

  ReportBuilder(ReportingBasis basis, Instant at, Iterable<Pipeline> pipelines) {
    this.basis = basis;
    this.at = at;
    this.value = new DealValue(basis.rates());
    for (Pipeline pipeline : pipelines) {
      this.pipelines.put(pipeline.id(), new PipelineTally(pipeline));
    }
    for (ForecastCategory category : ForecastCategory.values()) {
      if (category != ForecastCategory.OMITTED) {
        byCategory.put(category, new FigureTally());
      }
    }
  }

  static PipelineTally tallyOf(Map<PipelineId, PipelineTally> pipelines, Deal deal) {
    PipelineTally tally = pipelines.get(deal.pipeline());
    checkArgument(
        tally != null,
        "deal %s is in pipeline %s, which is not among the pipelines given",
        deal.id(),
        deal.pipeline());
    return tally;
  }

  void add(Deal deal) {
    PipelineTally pipeline = tallyOf(pipelines, deal);
    int position = pipeline.position(deal.stageId());
    checkArgument(
        position >= 0,
        "deal %s stands in stage %s, which pipeline %s does not have",
        deal.id(),
        deal.stageId(),
        Quoted.of(pipeline.pipeline().name()));
    value.set(deal.details().amount());
    pipeline.addHistory(deal.history());
    Stage stage = pipeline.stage(position);
    switch (stage.kind()) {
      case OPEN -> addOpen(deal, pipeline, position, stage);
      case WON -> addWon(deal);
      case LOST -> addLost(deal);
    }
  }

  private void addOpen(Deal deal, PipelineTally pipeline, int position, Stage stage) {
    int probability = stage.probability();
    pipeline.addOpen(position, value, probability);
    total.addOpen(value, probability);
    LocalDate close = deal.details().expectedCloseDate();
    if (close == null) {
      undated.addOpen(value, probability);
    } else {
      SalesPeriod period = SalesPeriod.of(close, PeriodUnit.MONTH);
      byCloseMonth.computeIfAbsent(period, p -> new FigureTally()).addOpen(value, probability);
      ownerMonth(deal.owner(), period).addOpen(value, probability);
    }
    byOwner.computeIfAbsent(deal.owner(), o -> new FigureTally()).addOpen(value, probability);
    ForecastCategory category =
        deal.details().forecastOverride() != null
            ? deal.details().forecastOverride()
            : ForecastCategory.derive(stage.kind(), probability);
    byCategory.get(category).addOpen(value, probability);
    Integer rottingDays = stage.rottingAfterDays();
    if (rottingDays != null) {
      Duration inStage = deal.timeInStage(at);
      if (inStage.compareTo(Duration.ofDays(rottingDays)) > 0) {
        rotting.add(
            new RottingDeal(
                deal.id(), deal.pipeline(), stage.id(), deal.owner(), inStage, rottingDays));
      }
    }
  }

  private void addWon(Deal deal) {
    Instant closed = deal.enteredStageAt();
    LocalDate day = LocalDate.ofInstant(closed, basis.zone());
    SalesPeriod month = SalesPeriod.of(day, PeriodUnit.MONTH);
    byCloseMonth.computeIfAbsent(month, p -> new FigureTally()).addWon(value);
    total.addWon(value);
    ownerMonth(deal.owner(), month).addWon(value);
    byOwner.computeIfAbsent(deal.owner(), o -> new FigureTally()).addWon(value);
    byCategory.get(ForecastCategory.CLOSED).addWon(value);
    if (value.known()) {
      sizedWins++;
      value.addTo(wonTotal);
    }
    addCycle(Duration.between(deal.history().get(0).at(), closed));
    decided(deal, day, true);
  }

  private void addLost(Deal deal) {
    decided(deal, LocalDate.ofInstant(deal.enteredStageAt(), basis.zone()), false);
  }

  /** Counts a decided deal overall and by the period of {@code day}, owner and source. */
  private void decided(Deal deal, LocalDate day, boolean won) {
    SalesPeriod period = SalesPeriod.of(day, basis.periodUnit());
    overall.add(won);
    winsByPeriod.computeIfAbsent(period, p -> new WinCount()).add(won);
    winsByOwner.computeIfAbsent(deal.owner(), o -> new WinCount()).add(won);
    winsBySource.computeIfAbsent(deal.details().source(), s -> new WinCount()).add(won);
  }

  private FigureTally ownerMonth(UserId owner, SalesPeriod month) {
    return byOwnerAndMonth
        .computeIfAbsent(owner, o -> new HashMap<>())
        .computeIfAbsent(month, m -> new FigureTally());
  }

  private void addCycle(Duration cycle) {
    checkArgument(
        cycle.getSeconds() < Long.MAX_VALUE / NANOS_PER_SECOND - 1,
        "a sales cycle of %s is longer than this report can measure",
        cycle);
    if (cycleCount == cycles.length) {
      cycles = Arrays.copyOf(cycles, cycleCount * 2);
    }
    cycles[cycleCount++] = cycle.getSeconds() * NANOS_PER_SECOND + cycle.getNano();
  }

  PipelineReport build(Quotas quotas) {
    List<PipelineSummary> summaries = new ArrayList<>();
    List<StageConversion> conversions = new ArrayList<>();
    List<StageTime> stageTimes = new ArrayList<>();
    for (PipelineTally pipeline : pipelines.values()) {
      summaries.add(pipeline.summary(basis, at));
      conversions.addAll(pipeline.conversions());
      stageTimes.addAll(pipeline.stageTimes());
    }
    return new PipelineReport(
        at,
        basis.currency(),
        summaries,
        forecast(),
        attainment(quotas),
        new WinRates(overall.rate(), rates(winsByPeriod), rates(winsByOwner), rates(winsBySource)),
        new DealSize(sizedWins, basis.amount(wonTotal)),
        salesCycle(),
        conversions,
        stageTimes,
        rotting);
  }

  private Forecast forecast() {
    Map<UserId, Map<SalesPeriod, ForecastFigure>> ownerMonths = new HashMap<>();
    byOwnerAndMonth.forEach((owner, months) -> ownerMonths.put(owner, figures(months)));
    return new Forecast(
        figures(byCloseMonth),
        undated.figure(basis),
        figures(byOwner),
        figures(byCategory),
        ownerMonths,
        total.figure(basis));
  }

  private List<QuotaAttainment> attainment(Quotas quotas) {
    List<QuotaAttainment> lines = new ArrayList<>(quotas.quotas().size());
    for (Quota quota : quotas.quotas()) {
      FigureTally sum = new FigureTally();
      Map<SalesPeriod, FigureTally> months = byOwnerAndMonth.getOrDefault(quota.owner(), Map.of());
      months.forEach(
          (month, figures) -> {
            if (month.within(quota.period().unit()).equals(quota.period())) {
              sum.addAll(figures);
            }
          });
      Money target = basis.rates().convert(quota.amount());
      lines.add(
          new QuotaAttainment(
              quota.owner(),
              quota.period(),
              target,
              basis.amount(sum.won()),
              basis.weighted(sum.weighted())));
    }
    return lines;
  }

  private SalesCycle salesCycle() {
    if (cycleCount == 0) {
      return new SalesCycle(0, Duration.ZERO, Duration.ZERO);
    }
    long[] sorted = Arrays.copyOf(cycles, cycleCount);
    Arrays.sort(sorted);
    int middle = cycleCount / 2;
    Duration median =
        cycleCount % 2 == 1
            ? Duration.ofNanos(sorted[middle])
            : Duration.ofNanos(sorted[middle - 1]).plusNanos(sorted[middle]).dividedBy(2);
    long seconds = 0;
    long nanos = 0;
    for (long cycle : sorted) {
      seconds += cycle / NANOS_PER_SECOND;
      nanos += cycle % NANOS_PER_SECOND;
    }
    return new SalesCycle(
        cycleCount, Duration.ofSeconds(seconds, nanos).dividedBy(cycleCount), median);
  }

  private <K> Map<K, ForecastFigure> figures(Map<K, FigureTally> tallies) {
    Map<K, ForecastFigure> figures = new HashMap<>(tallies.size() * 2);
    tallies.forEach((key, tally) -> figures.put(key, tally.figure(basis)));
    return figures;
  }

  private static <K> Map<K, WinRate> rates(Map<K, WinCount> counts) {
    Map<K, WinRate> rates = new HashMap<>(counts.size() * 2);
    counts.forEach((key, count) -> rates.put(key, count.rate()));
    return rates;
  }
}
