package io.crmkit.core.lead;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.UserId;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.StageId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The leads of one opened CRM, as a service: it captures, works, recycles and converts the tenant's
 * leads.
 *
 * <pre>{@code
 * Lead bo = crm.leads().capture(
 *     LeadDetails.builder().name("Bo", "Berg").email("bo@initech.com").companyName("Initech")
 *         .build(),
 *     Attribution.of(LeadSource.WEB_FORM));
 * bo = crm.leads().qualify(crm.leads().connect(crm.leads().attemptContact(bo)));
 * bo = crm.leads().convert(bo, sales.id(), DealDetails.builder().name("Initech pilot").build());
 * }</pre>
 *
 * <p>{@link #convert} is one unit of work: it links the contact whose primary email is the lead's
 * (or creates one), links the company whose web domain is the lead's email domain, else the one
 * named exactly like the lead's company, else creates it, optionally opens a deal, and marks the
 * lead converted with links to all of them. If any step fails, nothing is written.
 *
 * <p>Every command on a lead takes either its id and the version it was read at, or the lead as
 * read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#leads()}.
 *
 * @since 0.1
 */
public interface LeadService {

  /** The most leads one {@link #recycleDue()} run brings back. */
  int MAX_RECYCLED = 1000;

  /** Captures a lead owned by the acting user. */
  Lead capture(LeadDetails details, Attribution attribution);

  /**
   * Captures a lead owned by {@code owner}.
   *
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions
   */
  Lead capture(LeadDetails details, Attribution attribution, UserId owner);

  /** Replaces the details of lead {@code id}, which must not be converted. */
  Lead update(LeadId id, long expectedVersion, LeadDetails details);

  /** As {@link #update(LeadId, long, LeadDetails)}, for {@code lead} at the version it was read. */
  default Lead update(Lead lead, LeadDetails details) {
    return update(lead.id(), lead.version(), details);
  }

  /** Gives lead {@code id} to {@code owner}. */
  Lead assign(LeadId id, long expectedVersion, UserId owner);

  /** As {@link #assign(LeadId, long, UserId)}, for {@code lead} at the version it was read. */
  default Lead assign(Lead lead, UserId owner) {
    return assign(lead.id(), lead.version(), owner);
  }

  /** Sets the score of lead {@code id}; for lead scoring. */
  Lead score(LeadId id, long expectedVersion, int score);

  /** As {@link #score(LeadId, long, int)}, for {@code lead} at the version it was read. */
  default Lead score(Lead lead, int score) {
    return score(lead.id(), lead.version(), score);
  }

  /** Starts trying to reach the person of new lead {@code id}. */
  Lead attemptContact(LeadId id, long expectedVersion);

  /** As {@link #attemptContact(LeadId, long)}, for {@code lead} at the version it was read. */
  default Lead attemptContact(Lead lead) {
    return attemptContact(lead.id(), lead.version());
  }

  /** Records that the person of lead {@code id} was reached. */
  Lead connect(LeadId id, long expectedVersion);

  /** As {@link #connect(LeadId, long)}, for {@code lead} at the version it was read. */
  default Lead connect(Lead lead) {
    return connect(lead.id(), lead.version());
  }

  /** Records that lead {@code id} is a real buyer. */
  Lead qualify(LeadId id, long expectedVersion);

  /** As {@link #qualify(LeadId, long)}, for {@code lead} at the version it was read. */
  default Lead qualify(Lead lead) {
    return qualify(lead.id(), lead.version());
  }

  /**
   * Disqualifies lead {@code id} for reason {@code reasonCode} of the unqualified-lead catalogue.
   *
   * @throws io.crmkit.core.reason.UnknownReasonException if the catalogue has no such reason
   */
  Lead disqualify(LeadId id, long expectedVersion, String reasonCode);

  /** As {@link #disqualify(LeadId, long, String)}, for {@code lead} at the version it was read. */
  default Lead disqualify(Lead lead, String reasonCode) {
    return disqualify(lead.id(), lead.version(), reasonCode);
  }

  /** Parks lead {@code id} until {@code recycleAt}. */
  Lead nurture(LeadId id, long expectedVersion, Instant recycleAt);

  /** As {@link #nurture(LeadId, long, Instant)}, for {@code lead} at the version it was read. */
  default Lead nurture(Lead lead, Instant recycleAt) {
    return nurture(lead.id(), lead.version(), recycleAt);
  }

  /** Brings nurtured or unqualified lead {@code id} back to new. */
  Lead recycle(LeadId id, long expectedVersion);

  /** As {@link #recycle(LeadId, long)}, for {@code lead} at the version it was read. */
  default Lead recycle(Lead lead) {
    return recycle(lead.id(), lead.version());
  }

  /**
   * Brings back to new every lead in nurture whose recycle instant has come, at most {@link
   * #MAX_RECYCLED} per run, in one unit. Idempotent: a recycled lead is new, so a second run, here
   * or on another host instance, finds nothing more to do.
   *
   * @return the recycled leads
   */
  List<Lead> recycleDue();

  /** Converts qualified lead {@code id} into a contact and a company, without a deal. */
  Lead convert(LeadId id, long expectedVersion);

  /** As {@link #convert(LeadId, long)}, for {@code lead} at the version it was read. */
  default Lead convert(Lead lead) {
    return convert(lead.id(), lead.version());
  }

  /**
   * Converts qualified lead {@code id} into a contact, a company and a deal opened in the first
   * stage of {@code pipeline}, as {@link #convert(LeadId, long, PipelineId, StageId, DealDetails)}
   * does.
   */
  Lead convert(LeadId id, long expectedVersion, PipelineId pipeline, DealDetails deal);

  /**
   * As {@link #convert(LeadId, long, PipelineId, DealDetails)}, for {@code lead} at the version it
   * was read.
   */
  default Lead convert(Lead lead, PipelineId pipeline, DealDetails deal) {
    return convert(lead.id(), lead.version(), pipeline, deal);
  }

  /**
   * Converts qualified lead {@code id} into a contact, a company and a deal opened in open stage
   * {@code stage} of {@code pipeline}. The deal gets the contact as decision maker and the company,
   * unless {@code deal} names others, and the lead's source.
   *
   * @throws io.crmkit.core.statemachine.IllegalTransitionException if the lead is not qualified,
   *     converted twice for instance
   * @throws io.crmkit.core.NotFoundException if {@code deal} names a contact or a company that is
   *     not in the tenant (as {@link io.crmkit.core.deal.DealService#open} checks them); nothing of
   *     the conversion is written
   */
  Lead convert(
      LeadId id, long expectedVersion, PipelineId pipeline, StageId stage, DealDetails deal);

  /**
   * As {@link #convert(LeadId, long, PipelineId, StageId, DealDetails)}, for {@code lead} at the
   * version it was read.
   */
  default Lead convert(Lead lead, PipelineId pipeline, StageId stage, DealDetails deal) {
    return convert(lead.id(), lead.version(), pipeline, stage, deal);
  }

  /**
   * Returns lead {@code id}.
   *
   * @throws io.crmkit.core.NotFoundException if there is none in the tenant
   */
  Lead get(LeadId id);

  /** Returns lead {@code id} if it exists. */
  Optional<Lead> find(LeadId id);

  /** Returns a page of the leads that match {@code query} and the actor may read. */
  Page<Lead> search(LeadQuery query, PageRequest page);
}
