package io.crmkit.core.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.access.Operation;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.reason.ReasonService;
import io.crmkit.core.spi.DealRepository;
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
 * @since 0.1
 */
public final class DealService {

  private static final String KIND = "deal";

  private final CrmContext context;
  private final DealRepository repository;
  private final PipelineService pipelines;
  private final ReasonService reasons;
  private final CustomFieldService customFields;
  private final RecordCommands<DealId, Deal> records;

  /**
   * @param context the opened CRM's context
   * @param repository where deals are kept
   * @param pipelines the tenant's pipelines
   * @param reasons the tenant's reason catalogues (lost reasons)
   * @param customFields the tenant's custom field definitions
   */
  public DealService(
      CrmContext context,
      DealRepository repository,
      PipelineService pipelines,
      ReasonService reasons,
      CustomFieldService customFields) {
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.pipelines = requireNonNull(pipelines, "pipelines");
    this.reasons = requireNonNull(reasons, "reasons");
    this.customFields = requireNonNull(customFields, "customFields");
    this.records =
        new RecordCommands<>(
            context, RecordType.DEAL, repository::find, repository::update, Deal::owner);
  }

  /**
   * Opens a deal owned by the acting user in {@code stage} of {@code pipeline}.
   *
   * @param stage an open stage, or null for the pipeline's first stage
   */
  public Deal open(PipelineId pipeline, @Nullable StageId stage, DealDetails details) {
    return open(pipeline, stage, details, context.actor());
  }

  /**
   * Opens a deal owned by {@code owner} in {@code stage} of {@code pipeline}.
   *
   * @param stage an open stage, or null for the pipeline's first stage
   * @throws NotFoundException if the tenant has no such pipeline
   * @throws io.crmkit.core.ValidationException if custom fields break their definitions or the
   *     details lack a field the stage requires
   */
  public Deal open(
      PipelineId pipeline, @Nullable StageId stage, DealDetails details, UserId owner) {
    requireNonNull(pipeline, "pipeline");
    requireNonNull(details, "details");
    requireNonNull(owner, "owner");
    validate(details);
    DealId id = DealId.of(context.ids().next());
    records.check(Operation.CREATE, id, owner);
    return context
        .transactions()
        .write(
            events -> {
              Changed<Deal> opened =
                  Deal.open(
                      id,
                      pipelines.get(pipeline),
                      stage,
                      details,
                      owner,
                      context.now(),
                      context.actor());
              repository.insert(opened.state());
              events.addAll(opened.events());
              return opened.state();
            });
  }

  /** Replaces the details of open deal {@code id}. */
  public Deal update(DealId id, long expectedVersion, DealDetails details) {
    requireNonNull(details, "details");
    validate(details);
    return records.change(
        id, expectedVersion, (deal, now) -> deal.update(details, now, context.actor()));
  }

  /** Gives deal {@code id} to {@code owner}. */
  public Deal assign(DealId id, long expectedVersion, UserId owner) {
    return records.change(
        id, expectedVersion, (deal, now) -> deal.assignTo(owner, now, context.actor()));
  }

  /** Moves open deal {@code id} to open stage {@code stage}. */
  public Deal moveTo(DealId id, long expectedVersion, StageId stage) {
    requireNonNull(stage, "stage");
    return records.change(
        id,
        expectedVersion,
        (deal, now) -> deal.moveTo(pipelineOf(deal), stage, now, context.actor()));
  }

  /** Wins open deal {@code id}. */
  public Deal win(DealId id, long expectedVersion) {
    return records.change(
        id, expectedVersion, (deal, now) -> deal.win(pipelineOf(deal), now, context.actor()));
  }

  /**
   * Loses open deal {@code id} for reason {@code reasonCode} of the tenant's lost-deal catalogue.
   *
   * @throws io.crmkit.core.reason.UnknownReasonException if the catalogue has no such reason
   */
  public Deal lose(DealId id, long expectedVersion, String reasonCode) {
    Reason reason = reasons.require(ReasonCatalogue.LOST_DEAL, reasonCode);
    return records.change(
        id,
        expectedVersion,
        (deal, now) -> deal.lose(pipelineOf(deal), reason, now, context.actor()));
  }

  /** Reopens won or lost deal {@code id} into open stage {@code stage}. */
  public Deal reopen(DealId id, long expectedVersion, StageId stage) {
    requireNonNull(stage, "stage");
    return records.change(
        id,
        expectedVersion,
        (deal, now) -> deal.reopen(pipelineOf(deal), stage, now, context.actor()));
  }

  /**
   * Returns deal {@code id}.
   *
   * @throws NotFoundException if there is none in the tenant
   */
  public Deal get(DealId id) {
    return records.get(id);
  }

  /** Returns deal {@code id} if it exists. */
  public Optional<Deal> find(DealId id) {
    return records.find(id);
  }

  /** Returns a page of the deals that match {@code query} and the actor may read. */
  public Page<Deal> search(DealQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return records.readable(repository.search(context.tenant(), query, page));
  }

  /** Returns the number of deals of the tenant that match {@code query}. */
  public long count(DealQuery query) {
    return repository.count(context.tenant(), requireNonNull(query, "query"));
  }

  private Pipeline pipelineOf(Deal deal) {
    return pipelines.get(deal.pipeline());
  }

  private void validate(DealDetails details) {
    FieldErrors errors = new FieldErrors();
    customFields.validate(RecordType.DEAL, details.customFields(), errors);
    errors.throwIfAny(KIND);
  }
}
