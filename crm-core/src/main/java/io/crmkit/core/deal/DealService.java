package io.crmkit.core.deal;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.UserId;
import java.util.Optional;

/**
 * The deals of one opened CRM, as a service: it opens deals and moves them through their pipelines;
 * every move is checked by the pipeline's state machine, recorded in the deal's history and
 * published as a {@link DealEvent} on commit.
 *
 * <pre>{@code
 * Pipeline sales =
 *     crm.pipelines().builder("Sales").stage("Qualification", 20).stage("Proposal", 60).create();
 * crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Too expensive"));
 * Deal deal = crm.deals().open(sales.id(),
 *     DealDetails.builder().name("Acme renewal").amount("12000", "EUR").build());
 * deal = crm.deals().moveTo(deal, sales.stageNamed("Proposal").orElseThrow().id());
 * deal = crm.deals().lose(deal, "price");
 * }</pre>
 *
 * <p>Every command on a deal takes either its id and the version it was read at, or the deal as
 * read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}.
 *
 * <p>Linked records: the contacts (with their roles) and the company a deal's details name must
 * exist in the acting tenant and be readable by the actor under the access policy, or {@code open}
 * and {@code update} fail with {@link NotFoundException} naming the kind and the id ({@link
 * io.crmkit.core.AccessDeniedException} for an unreadable one) and write nothing. An update checks
 * the links it adds. The pipeline and stage are the tenant's too.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#deals()}.
 *
 * @since 0.1
 */
public interface DealService {

  /**
   * Opens a deal owned by the acting user in the first stage of {@code pipeline}.
   *
   * @throws NotFoundException if the tenant has no such pipeline, or no contact or company the
   *     details name
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions or the
   *     details lack a field the stage requires
   */
  Deal open(PipelineId pipeline, DealDetails details);

  /**
   * Opens a deal owned by {@code owner} in the first stage of {@code pipeline}.
   *
   * @throws NotFoundException if the tenant has no such pipeline, or no contact or company the
   *     details name
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions or the
   *     details lack a field the stage requires
   */
  Deal open(PipelineId pipeline, DealDetails details, UserId owner);

  /**
   * Opens a deal owned by the acting user in open stage {@code stage} of {@code pipeline}.
   *
   * @throws NotFoundException if the tenant has no such pipeline, or no contact or company the
   *     details name
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions or the
   *     details lack a field the stage requires
   */
  Deal open(PipelineId pipeline, StageId stage, DealDetails details);

  /**
   * Opens a deal owned by {@code owner} in open stage {@code stage} of {@code pipeline}.
   *
   * @throws NotFoundException if the tenant has no such pipeline, or no contact or company the
   *     details name
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions or the
   *     details lack a field the stage requires
   */
  Deal open(PipelineId pipeline, StageId stage, DealDetails details, UserId owner);

  /**
   * Replaces the details of open deal {@code id}.
   *
   * @throws NotFoundException if a contact or the company the new details add is not in the tenant
   */
  Deal update(DealId id, long expectedVersion, DealDetails details);

  /** As {@link #update(DealId, long, DealDetails)}, for {@code deal} at the version it was read. */
  default Deal update(Deal deal, DealDetails details) {
    return update(deal.id(), deal.version(), details);
  }

  /** Gives deal {@code id} to {@code owner}. */
  Deal assign(DealId id, long expectedVersion, UserId owner);

  /** As {@link #assign(DealId, long, UserId)}, for {@code deal} at the version it was read. */
  default Deal assign(Deal deal, UserId owner) {
    return assign(deal.id(), deal.version(), owner);
  }

  /** Moves open deal {@code id} to open stage {@code stage}. */
  Deal moveTo(DealId id, long expectedVersion, StageId stage);

  /** As {@link #moveTo(DealId, long, StageId)}, for {@code deal} at the version it was read. */
  default Deal moveTo(Deal deal, StageId stage) {
    return moveTo(deal.id(), deal.version(), stage);
  }

  /** Wins open deal {@code id}. */
  Deal win(DealId id, long expectedVersion);

  /** As {@link #win(DealId, long)}, for {@code deal} at the version it was read. */
  default Deal win(Deal deal) {
    return win(deal.id(), deal.version());
  }

  /**
   * Loses open deal {@code id} for reason {@code reasonCode} of the tenant's lost-deal catalogue.
   *
   * @throws io.crmkit.core.reason.UnknownReasonException if the catalogue has no such reason
   */
  Deal lose(DealId id, long expectedVersion, String reasonCode);

  /** As {@link #lose(DealId, long, String)}, for {@code deal} at the version it was read. */
  default Deal lose(Deal deal, String reasonCode) {
    return lose(deal.id(), deal.version(), reasonCode);
  }

  /** Reopens won or lost deal {@code id} into open stage {@code stage}. */
  Deal reopen(DealId id, long expectedVersion, StageId stage);

  /** As {@link #reopen(DealId, long, StageId)}, for {@code deal} at the version it was read. */
  default Deal reopen(Deal deal, StageId stage) {
    return reopen(deal.id(), deal.version(), stage);
  }

  /**
   * Returns these deals with every command recording {@code at} as the instant it happened instead
   * of the clock's now: how a host importing past deals writes each one's stage history as it
   * happened, move by move (each with {@code asOf} of its own instant), without driving a clock of
   * its own.
   *
   * <p>A command refuses an instant later than the clock's now, or earlier than the deal's last
   * stage change, with an {@link IllegalArgumentException} naming both instants; the history stays
   * in order.
   */
  DealService asOf(java.time.Instant at);

  /**
   * Returns deal {@code id}.
   *
   * @throws NotFoundException if there is none in the tenant
   */
  Deal get(DealId id);

  /** Returns deal {@code id} if it exists. */
  Optional<Deal> find(DealId id);

  /** Returns a page of the deals that match {@code query} and the actor may read. */
  Page<Deal> search(DealQuery query, PageRequest page);

  /** Returns the number of deals of the tenant that match {@code query}. */
  long count(DealQuery query);
}
