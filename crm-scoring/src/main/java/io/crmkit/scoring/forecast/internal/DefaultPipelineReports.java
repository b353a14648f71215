package io.crmkit.scoring.forecast.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.scoring.forecast.PipelineAnalytics;
import io.crmkit.scoring.forecast.PipelineReport;
import io.crmkit.scoring.forecast.PipelineReports;
import io.crmkit.scoring.forecast.PipelineSummary;
import io.crmkit.scoring.forecast.Quotas;
import io.crmkit.scoring.forecast.ReportingBasis;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@link PipelineReports} of an opened CRM, reading its deals page by page; built by {@code
 * CrmAnalytics}.
 */
public final class DefaultPipelineReports implements PipelineReports {

  private final Crm crm;
  private final PipelineAnalytics analytics;

  /**
   * @param crm the CRM opened for the tenant and actor whose deals are reported on
   * @param basis the currency, rates and zone of the figures
   */
  public DefaultPipelineReports(Crm crm, ReportingBasis basis) {
    this.crm = requireNonNull(crm, "crm");
    this.analytics = PipelineAnalytics.of(basis);
  }

  @Override
  public ReportingBasis basis() {
    return analytics.basis();
  }

  @Override
  public PipelineReport report(Quotas quotas) {
    requireNonNull(quotas, "quotas");
    return analytics.analyse(deals(), crm.pipelines().list(), crm.clock().instant(), quotas);
  }

  @Override
  public PipelineReport report() {
    return report(Quotas.none());
  }

  @Override
  public List<PipelineSummary> pipelineAt(Instant at) {
    requireNonNull(at, "at");
    return analytics.pipelineAt(deals(), crm.pipelines().list(), at);
  }

  private List<Deal> deals() {
    List<Deal> deals = new ArrayList<>();
    PageRequest request = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Deal> page = crm.deals().search(DealQuery.all(), request);
      deals.addAll(page.items());
      if (page.next() == null) {
        return deals;
      }
      request = PageRequest.after(page.next(), PageRequest.MAX_SIZE);
    }
  }
}
