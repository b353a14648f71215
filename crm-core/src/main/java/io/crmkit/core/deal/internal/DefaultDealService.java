package io.crmkit.core.deal.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.customfield.CustomFieldService;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealContact;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.DealService;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.PipelineService;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.reason.ReasonService;
import io.crmkit.core.spi.DealRepository;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The {@link DealService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultDealService implements DealService {

  private final CrmContext context;
  private final DealRepository repository;
  private final PipelineService pipelines;
  private final ReasonService reasons;
  private final CustomFieldService customFields;
  private final RecordCommands<DealId, Deal> records;
  private final LinkedRecords linked;
  // the instant every command records instead of the clock's now; null: now
  private final @Nullable Instant asOf;

  /**
   * @param context the opened CRM's context
   * @param repository where deals are kept
   * @param pipelines the tenant's pipelines
   * @param reasons the tenant's reason catalogues (lost reasons)
   * @param customFields the tenant's custom field definitions
   * @param linked the check of the contacts and the company a deal links to
   */
  public DefaultDealService(
      CrmContext context,
      DealRepository repository,
      PipelineService pipelines,
      ReasonService reasons,
      CustomFieldService customFields,
      LinkedRecords linked) {
    this(context, repository, pipelines, reasons, customFields, linked, null);
  }

  private DefaultDealService(
      CrmContext context,
      DealRepository repository,
      PipelineService pipelines,
      ReasonService reasons,
      CustomFieldService customFields,
      LinkedRecords linked,
      @Nullable Instant asOf) {
    this.asOf = asOf;
    this.linked = requireNonNull(linked, "linked");
    this.context = requireNonNull(context, "context");
    this.repository = requireNonNull(repository, "repository");
    this.pipelines = requireNonNull(pipelines, "pipelines");
    this.reasons = requireNonNull(reasons, "reasons");
    this.customFields = requireNonNull(customFields, "customFields");
    this.records =
        new RecordCommands<>(
            context, RecordType.DEAL, repository::find, repository::update, Deal::owner);
  }

  @Override
  public Deal open(PipelineId pipeline, DealDetails details) {
    return openIn(pipeline, null, details, context.actor());
  }

  @Override
  public Deal open(PipelineId pipeline, DealDetails details, UserId owner) {
    return openIn(pipeline, null, details, owner);
  }

  @Override
  public Deal open(PipelineId pipeline, StageId stage, DealDetails details) {
    return open(pipeline, stage, details, context.actor());
  }

  @Override
  public Deal open(PipelineId pipeline, StageId stage, DealDetails details, UserId owner) {
    return openIn(pipeline, requireNonNull(stage, "stage"), details, owner);
  }

  /** Opens a deal in {@code stage}, or in the pipeline's first stage when it is null. */
  private Deal openIn(
      PipelineId pipeline, @Nullable StageId stage, DealDetails details, UserId owner) {
    requireNonNull(pipeline, "pipeline");
    requireNonNull(details, "details");
    requireNonNull(owner, "owner");
    validate(details);
    DealId id = DealId.of(context.ids().next());
    return records.create(
        id,
        owner,
        now -> {
          linksOf(details).require();
          return Deal.open(
              id, pipelines.get(pipeline), stage, details, owner, when(null, now), context.actor());
        },
        repository::insert);
  }

  @Override
  public Deal update(DealId id, long expectedVersion, DealDetails details) {
    requireNonNull(details, "details");
    validate(details);
    return records.change(
        id,
        expectedVersion,
        (deal, now) -> {
          linksOf(details).without(linksOf(deal.details())).require();
          return deal.update(details, when(deal, now), context.actor());
        });
  }

  @Override
  public Deal assign(DealId id, long expectedVersion, UserId owner) {
    return records.change(
        id, expectedVersion, (deal, now) -> deal.assign(owner, when(deal, now), context.actor()));
  }

  @Override
  public Deal moveTo(DealId id, long expectedVersion, StageId stage) {
    requireNonNull(stage, "stage");
    return records.change(
        id,
        expectedVersion,
        (deal, now) -> deal.moveTo(pipelineOf(deal), stage, when(deal, now), context.actor()));
  }

  @Override
  public Deal win(DealId id, long expectedVersion) {
    return records.change(
        id,
        expectedVersion,
        (deal, now) -> deal.win(pipelineOf(deal), when(deal, now), context.actor()));
  }

  @Override
  public Deal lose(DealId id, long expectedVersion, String reasonCode) {
    Reason reason = reasons.get(ReasonCatalogue.LOST_DEAL, reasonCode);
    return records.change(
        id,
        expectedVersion,
        (deal, now) -> deal.lose(pipelineOf(deal), reason, when(deal, now), context.actor()));
  }

  @Override
  public Deal reopen(DealId id, long expectedVersion, StageId stage) {
    requireNonNull(stage, "stage");
    return records.change(
        id,
        expectedVersion,
        (deal, now) -> deal.reopen(pipelineOf(deal), stage, when(deal, now), context.actor()));
  }

  @Override
  public DealService asOf(Instant at) {
    requireNonNull(at, "at");
    return new DefaultDealService(
        context, repository, pipelines, reasons, customFields, linked, at);
  }

  /**
   * Returns the instant a command on {@code deal} (null: a new deal) records: now, or the backdated
   * instant, which may be neither after now nor before the deal's last stage change.
   */
  private Instant when(@Nullable Deal deal, Instant now) {
    if (asOf == null) {
      return now;
    }
    checkArgument(!asOf.isAfter(now), "a backdated change at %s is later than now (%s)", asOf, now);
    if (deal != null) {
      Instant last = deal.history().get(deal.history().size() - 1).at();
      checkArgument(
          !asOf.isBefore(last),
          "deal %s: a backdated change at %s is before its last stage change at %s",
          deal.id(),
          asOf,
          last);
    }
    return asOf;
  }

  @Override
  public Deal get(DealId id) {
    return records.get(id);
  }

  @Override
  public Optional<Deal> find(DealId id) {
    return records.find(id);
  }

  @Override
  public Page<Deal> search(DealQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return records.readable(repository.search(context.tenant(), query, page));
  }

  @Override
  public long count(DealQuery query) {
    return repository.count(context.tenant(), requireNonNull(query, "query"));
  }

  /** Returns the contacts and the company {@code details} name, to be checked. */
  private LinkedRecords.Links linksOf(DealDetails details) {
    return linked
        .links()
        .contacts(details.contacts().stream().map(DealContact::contact).toList())
        .company(details.company());
  }

  private Pipeline pipelineOf(Deal deal) {
    return pipelines.get(deal.pipeline());
  }

  private void validate(DealDetails details) {
    customFields.validate(RecordType.DEAL, details.customFields());
  }
}
