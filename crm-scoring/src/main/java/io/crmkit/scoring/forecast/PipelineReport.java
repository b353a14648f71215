package io.crmkit.scoring.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * The pipeline analytics of a set of deals at one instant: the open pipeline per stage, the
 * weighted forecast with quota attainment, win rates, deal size, sales cycle, stage conversion,
 * time in stage and rotting deals, all in one reporting currency.
 *
 * <p>Amounts are the deals' amounts as currently known: crmkit keeps the history of stages, not of
 * amounts.
 *
 * @param at the instant the figures describe; never null
 * @param currency the currency of every amount; never null
 * @param pipelines the open pipeline of each pipeline, in the order given; copied
 * @param forecast the weighted forecast; never null
 * @param attainment one line per quota, in the order given; copied
 * @param winRates the win rates; never null
 * @param dealSize the won deals' size; never null
 * @param salesCycle the won deals' cycle; never null
 * @param conversions per pipeline, from each open stage to every later stage; copied
 * @param stageTimes per pipeline, the completed stays in each stage; copied
 * @param rotting the open deals past their stage's rotting threshold at {@code at}; copied
 * @since 0.1
 */
public record PipelineReport(
    Instant at,
    Currency currency,
    List<PipelineSummary> pipelines,
    Forecast forecast,
    List<QuotaAttainment> attainment,
    WinRates winRates,
    DealSize dealSize,
    SalesCycle salesCycle,
    List<StageConversion> conversions,
    List<StageTime> stageTimes,
    List<RottingDeal> rotting) {

  private static final BigDecimal NANOS_PER_DAY = Durations.nanos(Duration.ofDays(1));

  /** Creates a {@code PipelineReport}, checking its components as the type's comment describes. */
  public PipelineReport {
    requireNonNull(at, "at");
    requireNonNull(currency, "currency");
    pipelines = List.copyOf(pipelines);
    requireNonNull(forecast, "forecast");
    attainment = List.copyOf(attainment);
    requireNonNull(winRates, "win rates");
    requireNonNull(dealSize, "deal size");
    requireNonNull(salesCycle, "sales cycle");
    conversions = List.copyOf(conversions);
    stageTimes = List.copyOf(stageTimes);
    rotting = List.copyOf(rotting);
  }

  /** Returns the number of open deals over all pipelines. */
  public long openDeals() {
    return pipelines.stream().mapToLong(PipelineSummary::deals).sum();
  }

  /** Returns the open pipeline of {@code pipeline}, if it was analysed. */
  public Optional<PipelineSummary> pipeline(PipelineId pipeline) {
    requireNonNull(pipeline, "pipeline");
    return pipelines.stream().filter(p -> p.pipeline().equals(pipeline)).findFirst();
  }

  /** Returns the conversion from {@code from} to {@code to}, if it was computed. */
  public Optional<StageConversion> conversion(StageId from, StageId to) {
    requireNonNull(from, "from stage");
    requireNonNull(to, "to stage");
    return conversions.stream().filter(c -> c.from().equals(from) && c.to().equals(to)).findFirst();
  }

  /** Returns the conversions from each open stage to the stage right after it. */
  public List<StageConversion> nextStageConversions() {
    return conversions.stream().filter(StageConversion::nextStage).toList();
  }

  /** Returns the time deals spent in {@code stage}, if it was computed. */
  public Optional<StageTime> stageTime(StageId stage) {
    requireNonNull(stage, "stage");
    return stageTimes.stream().filter(t -> t.stage().equals(stage)).findFirst();
  }

  /**
   * Returns the sales velocity: open deals x average won deal size x win rate / average cycle in
   * days, per day. Empty until a deal was won after a cycle longer than zero.
   */
  public Optional<SalesVelocity> velocity() {
    Optional<BigDecimal> winRate = winRates.overall().rate();
    if (dealSize.deals() == 0 || winRate.isEmpty() || salesCycle.average().isZero()) {
      return Optional.empty();
    }
    BigDecimal cycleDays =
        Durations.nanos(salesCycle.average()).divide(NANOS_PER_DAY, MathContext.DECIMAL128);
    long open = openDeals();
    Money average = dealSize.average().orElseThrow();
    // from the exact total, not the rounded average, so that rounding happens once
    BigDecimal perDay =
        dealSize
            .total()
            .amount()
            .multiply(BigDecimal.valueOf(open))
            .multiply(winRate.get())
            .divide(BigDecimal.valueOf(dealSize.deals()), MathContext.DECIMAL128)
            .divide(cycleDays, MathContext.DECIMAL128)
            .setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    return Optional.of(
        new SalesVelocity(open, average, winRate.get(), cycleDays, Money.of(perDay, currency)));
  }
}
