package io.crmkit.core.deal.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineEvent.StageRemoved;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.PipelineService;
import io.crmkit.core.deal.Stage;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.deal.StageNotEmptyException;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.spi.DealRepository;
import io.crmkit.core.spi.PipelineRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * The {@link PipelineService} of an opened CRM, over its storage and context; built by {@code Crm}
 * only.
 */
public final class DefaultPipelineService implements PipelineService {

  private static final String KIND = "pipeline";
  private static final int BATCH = PageRequest.MAX_SIZE;

  private final CrmContext context;
  private final PipelineRepository pipelines;
  private final DealRepository deals;

  /**
   * @param context the opened CRM's context
   * @param pipelines where pipelines are kept
   * @param deals where deals are kept
   */
  public DefaultPipelineService(
      CrmContext context, PipelineRepository pipelines, DealRepository deals) {
    this.context = requireNonNull(context, "context");
    this.pipelines = requireNonNull(pipelines, "pipelines");
    this.deals = requireNonNull(deals, "deals");
  }

  @Override
  public Pipeline create(String name, List<Stage> stages, PipelinePolicy policy) {
    PipelineId id = PipelineId.of(context.ids().next());
    return context
        .transactions()
        .write(
            events -> {
              Changed<Pipeline> created =
                  Pipeline.create(
                      id, context.tenant(), name, stages, policy, context.now(), context.actor());
              pipelines.insert(created.state());
              events.addAll(created.events());
              return created.state();
            });
  }

  @Override
  public Pipeline rename(PipelineId id, long expectedVersion, String name) {
    return change(id, expectedVersion, (p, now) -> p.rename(name, now, context.actor()));
  }

  @Override
  public Pipeline updatePolicy(PipelineId id, long expectedVersion, PipelinePolicy policy) {
    return change(id, expectedVersion, (p, now) -> p.updatePolicy(policy, now, context.actor()));
  }

  @Override
  public Pipeline addStage(PipelineId id, long expectedVersion, Stage stage, int position) {
    return change(
        id, expectedVersion, (p, now) -> p.addStage(stage, position, now, context.actor()));
  }

  @Override
  public Pipeline renameStage(PipelineId id, long expectedVersion, StageId stage, String name) {
    requireNonNull(stage, "stage");
    return updateStage(id, expectedVersion, get(id).stage(stage).withName(name));
  }

  @Override
  public Pipeline updateStage(PipelineId id, long expectedVersion, Stage stage) {
    requireNonNull(stage, "stage");
    return context
        .transactions()
        .write(
            events -> {
              Pipeline current = load(id, expectedVersion);
              Changed<Pipeline> changed =
                  current.updateStage(stage, context.now(), context.actor());
              if (changed.state() != current) {
                pipelines.update(changed.state(), expectedVersion);
                for (Deal deal : dealsIn(id, stage.id())) {
                  deals.update(deal.withStageOf(changed.state(), context.now()), deal.version());
                }
              }
              events.addAll(changed.events());
              return changed.state();
            });
  }

  @Override
  public Pipeline reorderStages(PipelineId id, long expectedVersion, List<StageId> order) {
    return change(id, expectedVersion, (p, now) -> p.reorderStages(order, now, context.actor()));
  }

  @Override
  public Pipeline removeStage(PipelineId id, long expectedVersion, StageId stage) {
    return removeStageInto(id, expectedVersion, stage, null);
  }

  @Override
  public Pipeline removeStage(PipelineId id, long expectedVersion, StageId stage, StageId target) {
    return removeStageInto(id, expectedVersion, stage, requireNonNull(target, "target"));
  }

  /** Removes {@code stage}, moving its deals to {@code target}; null when it must hold none. */
  private Pipeline removeStageInto(
      PipelineId id, long expectedVersion, StageId stage, @Nullable StageId target) {
    requireNonNull(stage, "stage");
    return context
        .transactions()
        .write(
            events -> {
              Pipeline current = load(id, expectedVersion);
              Stage removed = current.stage(stage);
              Instant now = context.now();
              Pipeline edited = current.withoutStage(stage, now);
              if (target != null) {
                Stage destination = edited.stage(target);
                if (!destination.isOpen()) {
                  throw new IllegalArgumentException(
                      "deals of stage '"
                          + removed.name()
                          + "' can move only to an open stage, not to '"
                          + destination.name()
                          + "'");
                }
              }
              List<Deal> moving = dealsIn(id, stage);
              if (!moving.isEmpty() && target == null) {
                throw new StageNotEmptyException(id, removed.name(), moving.size());
              }
              pipelines.update(edited, expectedVersion);
              for (Deal deal : moving) {
                Changed<Deal> relocated =
                    deal.relocate(edited, requireNonNull(target), now, context.actor());
                deals.update(relocated.state(), deal.version());
                events.addAll(relocated.events());
              }
              events.add(
                  new StageRemoved(
                      context.tenant(),
                      id,
                      removed,
                      moving.isEmpty() ? null : target,
                      moving.size(),
                      now,
                      context.actor()));
              return edited;
            });
  }

  @Override
  public Pipeline get(PipelineId id) {
    return find(id).orElseThrow(() -> new NotFoundException(KIND, id));
  }

  @Override
  public Optional<Pipeline> find(PipelineId id) {
    return pipelines.find(context.tenant(), requireNonNull(id, "id"));
  }

  @Override
  public List<Pipeline> list() {
    return pipelines.findAll(context.tenant());
  }

  private Pipeline change(
      PipelineId id,
      long expectedVersion,
      BiFunction<Pipeline, Instant, Changed<Pipeline>> command) {
    return context
        .transactions()
        .write(
            events -> {
              Pipeline current = load(id, expectedVersion);
              Changed<Pipeline> changed = command.apply(current, context.now());
              if (changed.state() != current) {
                pipelines.update(changed.state(), expectedVersion);
              }
              events.addAll(changed.events());
              return changed.state();
            });
  }

  private Pipeline load(PipelineId id, long expectedVersion) {
    Pipeline current = get(id);
    if (current.version() != expectedVersion) {
      throw new ConcurrentUpdateException(KIND, id, expectedVersion);
    }
    return current;
  }

  private List<Deal> dealsIn(PipelineId pipeline, StageId stage) {
    DealQuery query = DealQuery.all().inPipeline(pipeline).inStage(stage);
    List<Deal> found = new ArrayList<>();
    PageRequest request = PageRequest.first(BATCH);
    while (true) {
      Page<Deal> page = deals.search(context.tenant(), query, request);
      found.addAll(page.items());
      if (page.next() == null) {
        return found;
      }
      request = PageRequest.after(page.next(), BATCH);
    }
  }
}
