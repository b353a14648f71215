package io.crmkit.scoring.forecast;

import java.time.Instant;
import java.util.List;

/**
 * The pipeline reports of one opened CRM on one {@link ReportingBasis}: the figures of every deal
 * of the tenant that the acting user may read (funnel, weighted forecast, win rates, velocity,
 * quota attainment), and the pipeline as it stood at a past instant.
 *
 * <pre>{@code
 * PipelineReports reports =
 *     CrmAnalytics.on(crm).pipeline(ReportingBasis.of(Currency.getInstance("EUR"), ZoneOffset.UTC));
 * Forecast forecast = reports.report().forecast();
 * Money weighted = forecast.total().weighted();
 * }</pre>
 *
 * <p>Each call reads the deals and pipelines anew; the computation is {@link PipelineAnalytics}'s,
 * which reports on deals from any source.
 *
 * <p>Reached through {@code CrmAnalytics.on(crm).pipeline(basis)}.
 *
 * @since 0.1
 */
public interface PipelineReports {

  /** Returns the reporting basis. */
  ReportingBasis basis();

  /**
   * Returns the figures of the deals at the instant of the CRM's clock, measuring attainment of
   * {@code quotas}.
   *
   * @throws io.crmkit.core.money.CurrencyMismatchException if an amount or quota is in a currency
   *     the basis has no rate for
   */
  PipelineReport report(Quotas quotas);

  /** Returns the figures of the deals at the instant of the CRM's clock, without quotas. */
  PipelineReport report();

  /**
   * Returns each pipeline as it stood at instant {@code at}, as {@link
   * PipelineAnalytics#pipelineAt} rebuilds it from the deals' stage histories.
   */
  List<PipelineSummary> pipelineAt(Instant at);
}
