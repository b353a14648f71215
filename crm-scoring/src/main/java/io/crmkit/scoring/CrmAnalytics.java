package io.crmkit.scoring;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.internal.Pages;
import io.crmkit.scoring.audience.RfmService;
import io.crmkit.scoring.audience.SegmentService;
import io.crmkit.scoring.audience.StaticListService;
import io.crmkit.scoring.audience.internal.DefaultRfmService;
import io.crmkit.scoring.audience.internal.DefaultSegmentService;
import io.crmkit.scoring.audience.internal.DefaultStaticListService;
import io.crmkit.scoring.commerce.OrderHistory;
import io.crmkit.scoring.forecast.PipelineReports;
import io.crmkit.scoring.forecast.ReportingBasis;
import io.crmkit.scoring.forecast.internal.DefaultPipelineReports;
import io.crmkit.scoring.matching.DuplicateDetection;
import io.crmkit.scoring.matching.Duplicates;
import io.crmkit.scoring.rules.LeadScoring;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.internal.DefaultLeadScoring;
import java.util.Currency;

/**
 * The analytical CRM of one opened {@link Crm}: its segments and static lists, lead scoring, RFM
 * and pipeline reports, for the same tenant and actor, kept in the CRM's storage and writing in its
 * units of work, so that their events reach the CRM's journal (outbox) and publisher as the core's
 * do.
 *
 * <pre>{@code
 * CrmAnalytics analytics = CrmAnalytics.on(crm);
 * analytics.segments().define("vips", "has tag \"vip\"");
 * LeadScoring scoring = analytics.scoring(model);
 * DuplicateScan<ContactId> duplicates = analytics.duplicates().contacts().scan();
 * Forecast forecast = analytics.pipeline(ReportingBasis.of(eur, zone)).report().forecast();
 * }</pre>
 *
 * <p>Cheap to create: it holds the CRM only, and each method returns a new service over it. A host
 * serving many tenants calls {@code CrmAnalytics.on(crm.forTenant(tenant, actor))} per request.
 * Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CrmAnalytics implements DuplicateDetection {

  private final Crm crm;

  private CrmAnalytics(Crm crm) {
    this.crm = requireNonNull(crm, "crm");
  }

  /** Returns the analytics of {@code crm}'s tenant, acting as its actor. */
  public static CrmAnalytics on(Crm crm) {
    return new CrmAnalytics(crm);
  }

  /**
   * Returns the dynamic segments: named conditions over the contacts, evaluated on demand.
   *
   * @throws UnsupportedOperationException if the CRM's storage keeps no segments
   */
  public SegmentService segments() {
    return new DefaultSegmentService(crm);
  }

  /**
   * Returns the static lists: named sets of contacts that change when members are added or removed.
   *
   * @throws UnsupportedOperationException if the CRM's storage keeps no segments
   */
  public StaticListService lists() {
    return new DefaultStaticListService(crm);
  }

  /**
   * Returns duplicate detection over the contacts and companies: whole-tenant scans with clusters
   * and explanations, and indexes of possible duplicates, to merge with {@code crm.merges()}.
   */
  @Override
  public Duplicates duplicates() {
    return DuplicateDetection.super.duplicates();
  }

  /** Returns the CRM these analytics are of. */
  @Override
  public Crm crm() {
    return crm;
  }

  /** Returns the RFM analysis of the contacts, from the orders on their timelines. */
  public RfmService rfm() {
    return new DefaultRfmService(crm);
  }

  /**
   * Returns the purchases of the tenant's contacts from their orders in {@code currency}, now by
   * the CRM clock: RFM, lifetime value, churn and recommendations fed from the orders, refunds
   * netted and cancelled or fully refunded orders left out. Reads the orders the actor may read.
   *
   * @throws UnsupportedOperationException if the CRM's storage keeps no orders
   */
  public OrderHistory orders(Currency currency) {
    requireNonNull(currency, "currency");
    return OrderHistory.of(
        Pages.all(page -> crm.commerce().orders(page)), currency, crm.clock().instant());
  }

  /**
   * Returns lead scoring with {@code model}, its scores kept in the CRM's storage.
   *
   * @throws UnsupportedOperationException if the CRM's storage keeps no scores
   */
  public LeadScoring scoring(ScoringModel model) {
    return new DefaultLeadScoring(crm, model);
  }

  /** Returns the pipeline reports and forecasts of the deals, in the figures of {@code basis}. */
  public PipelineReports pipeline(ReportingBasis basis) {
    return new DefaultPipelineReports(crm, basis);
  }
}
