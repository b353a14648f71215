package io.crmkit.scoring.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.StageChange;
import io.crmkit.core.deal.StageId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline analytics of a sales team: from a collection of deals and the pipelines they move
 * through, the figures of a {@link PipelineReport} in one pass over the deals, and the pipeline as
 * it stood at any past instant, rebuilt from the stage histories.
 *
 * <p>The deals can come from anywhere (the in-memory CRM, a database adapter, a file), so the same
 * code serves them all; {@link PipelineReports} reads them from an opened CRM. Every amount is
 * reported in the {@linkplain ReportingBasis#currency() reporting currency}: a deal in another
 * currency throws {@link io.crmkit.core.money.CurrencyMismatchException} unless the basis has a
 * rate for it.
 *
 * <pre>{@code
 * PipelineAnalytics analytics =
 *     PipelineAnalytics.of(ReportingBasis.of(Currency.getInstance("EUR"), ZoneId.of("Europe/Berlin")));
 * PipelineReport report = analytics.analyse(deals, pipelines, clock.instant(), quotas);
 * }</pre>
 *
 * <p>Amounts are the deals' amounts as currently known: crmkit keeps the history of stages, not of
 * amounts, so the pipeline at a past instant shows today's amounts in yesterday's stages.
 * Thread-safe (immutable).
 *
 * @since 0.1
 */
public final class PipelineAnalytics {

  private final ReportingBasis basis;

  private PipelineAnalytics(ReportingBasis basis) {
    this.basis = requireNonNull(basis, "reporting basis");
  }

  /** Returns the analytics reporting on {@code basis}. */
  public static PipelineAnalytics of(ReportingBasis basis) {
    return new PipelineAnalytics(basis);
  }

  /** Returns the reporting basis. */
  public ReportingBasis basis() {
    return basis;
  }

  /**
   * Returns the figures of {@code deals} at instant {@code at}, measuring attainment of {@code
   * quotas}.
   *
   * @param deals the deals, open and closed; each in one of {@code pipelines}
   * @param pipelines the pipelines as they are now; the report follows their order
   * @param at the instant of the report: rotting is measured at it
   * @throws IllegalArgumentException if a deal's pipeline is not given or lacks the deal's stage
   * @throws io.crmkit.core.money.CurrencyMismatchException if an amount or quota is in a currency
   *     the basis has no rate for
   */
  public PipelineReport analyse(
      Collection<Deal> deals, Collection<Pipeline> pipelines, Instant at, Quotas quotas) {
    requireNonNull(deals, "deals");
    requireNonNull(pipelines, "pipelines");
    requireNonNull(at, "at");
    requireNonNull(quotas, "quotas");
    ReportBuilder builder = new ReportBuilder(basis, at, pipelines);
    for (Deal deal : deals) {
      builder.add(requireNonNull(deal, "deal"));
    }
    return builder.build(quotas);
  }

  /** Returns the figures of {@code deals} at instant {@code at}, without quotas. */
  public PipelineReport analyse(
      Collection<Deal> deals, Collection<Pipeline> pipelines, Instant at) {
    return analyse(deals, pipelines, at, Quotas.none());
  }

  /**
   * Returns each pipeline as it stood at instant {@code at}: the deals that were open then, in the
   * stage they stood in then, weighted by the probability they entered it with. Deals opened later
   * are left out; deals closed later count as open. A deal that stood in a stage since removed from
   * its pipeline is shown in a line of that stage named {@value StageSummary#REMOVED}.
   *
   * @throws IllegalArgumentException if a deal's pipeline is not given
   * @throws io.crmkit.core.money.CurrencyMismatchException if an amount is in a currency the basis
   *     has no rate for
   */
  public List<PipelineSummary> pipelineAt(
      Collection<Deal> deals, Collection<Pipeline> pipelines, Instant at) {
    requireNonNull(deals, "deals");
    requireNonNull(pipelines, "pipelines");
    requireNonNull(at, "at");
    Map<PipelineId, PipelineTally> tallies = new LinkedHashMap<>();
    for (Pipeline pipeline : pipelines) {
      tallies.put(pipeline.id(), new PipelineTally(pipeline));
    }
    DealValue value = new DealValue(basis.rates());
    for (Deal deal : deals) {
      PipelineTally tally = ReportBuilder.tallyOf(tallies, requireNonNull(deal, "deal"));
      Optional<StageChange> then = deal.stageAt(at);
      if (then.isEmpty() || closes(then.get())) {
        continue;
      }
      StageChange entry = then.get();
      value.set(deal.details().amount());
      int position = tally.position(entry.to());
      if (position >= 0 && tally.isOpen(position)) {
        tally.addOpen(position, value, entry.probability());
      } else {
        tally.addOpenInRemoved(entry.to(), value, entry.probability());
      }
    }
    List<PipelineSummary> summaries = new ArrayList<>(tallies.size());
    tallies.values().forEach(tally -> summaries.add(tally.summary(basis, at)));
    return summaries;
  }

  /**
   * Returns how long {@code deal} stood in each stage up to {@code at}, from its history: the times
   * add up to the deal's age at {@code at}, provided {@code at} is not before its last move.
   */
  public static Map<StageId, Duration> timeInStages(Deal deal, Instant at) {
    requireNonNull(deal, "deal");
    requireNonNull(at, "at");
    Map<StageId, Duration> times = new LinkedHashMap<>();
    List<StageChange> history = deal.history();
    for (int i = 1; i < history.size(); i++) {
      StageChange change = history.get(i);
      times.merge(history.get(i - 1).to(), change.timeInPrevious(), Duration::plus);
    }
    times.merge(deal.stageId(), deal.timeInStage(at), Duration::plus);
    return times;
  }

  private static boolean closes(StageChange change) {
    return change.kind() == StageChange.Kind.WON || change.kind() == StageChange.Kind.LOST;
  }
}
