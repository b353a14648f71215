package io.crmkit.core.deal;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.UserId;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Opens deals and moves them through their pipelines: every move is checked by the pipeline's state
 * machine, recorded in the deal's history and published as a {@link DealEvent} on commit.
 *
 * <pre>{@code
 * Deal deal = crm.deals().open(sales.id(), null,
 *     DealDetails.builder().name("Acme renewal").amount("12000", "EUR").build());
 * deal = crm.deals().moveTo(deal.id(), deal.version(), proposal.id());
 * deal = crm.deals().lose(deal.id(), deal.version(), "price");
 * }</pre>
 *
 * <p>Reached through {@link io.crmkit.core.Crm#deals()}.
 *
 * @since 0.1
 */
public interface DealService {

  /**
   * Opens a deal owned by the acting user in {@code stage} of {@code pipeline}.
   *
   * @param stage an open stage, or null for the pipeline's first stage
   */
  Deal open(PipelineId pipeline, @Nullable StageId stage, DealDetails details);

  /**
   * Opens a deal owned by {@code owner} in {@code stage} of {@code pipeline}.
   *
   * @param stage an open stage, or null for the pipeline's first stage
   * @throws NotFoundException if the tenant has no such pipeline
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions or the
   *     details lack a field the stage requires
   */
  Deal open(PipelineId pipeline, @Nullable StageId stage, DealDetails details, UserId owner);

  /** Replaces the details of open deal {@code id}. */
  Deal update(DealId id, long expectedVersion, DealDetails details);

  /** Gives deal {@code id} to {@code owner}. */
  Deal assign(DealId id, long expectedVersion, UserId owner);

  /** Moves open deal {@code id} to open stage {@code stage}. */
  Deal moveTo(DealId id, long expectedVersion, StageId stage);

  /** Wins open deal {@code id}. */
  Deal win(DealId id, long expectedVersion);

  /**
   * Loses open deal {@code id} for reason {@code reasonCode} of the tenant's lost-deal catalogue.
   *
   * @throws io.crmkit.core.reason.UnknownReasonException if the catalogue has no such reason
   */
  Deal lose(DealId id, long expectedVersion, String reasonCode);

  /** Reopens won or lost deal {@code id} into open stage {@code stage}. */
  Deal reopen(DealId id, long expectedVersion, StageId stage);

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
