package io.crmkit.core.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Changed;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.deal.PipelineEvent.StageRemoved;
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
 * Defines and edits the tenant's pipelines. Edits that touch deals (removing a stage, changing a
 * stage's probability) change the deals in the same unit of work, so that no deal ever stands in a
 * stage its pipeline does not have.
 *
 * <p>Pipelines are tenant configuration without an owner; the host decides who may reach this
 * service.
 *
 * @since 0.1
 */
public final class PipelineService {

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
  public PipelineService(CrmContext context, PipelineRepository pipelines, DealRepository deals) {
    this.context = requireNonNull(context, "context");
    this.pipelines = requireNonNull(pipelines, "pipelines");
    this.deals = requireNonNull(deals, "deals");
  }

  /**
   * Creates a pipeline.
   *
   * @see Pipeline#create
   * @throws io.crmkit.core.DuplicateException if the tenant has a pipeline of that name
   */
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

  /** Renames version {@code expectedVersion} of pipeline {@code id}. */
  public Pipeline rename(PipelineId id, long expectedVersion, String name) {
    return change(id, expectedVersion, (p, now) -> p.rename(name, now, context.actor()));
  }

  /** Changes the policy of pipeline {@code id}. */
  public Pipeline changePolicy(PipelineId id, long expectedVersion, PipelinePolicy policy) {
    return change(id, expectedVersion, (p, now) -> p.changePolicy(policy, now, context.actor()));
  }

  /** Adds open stage {@code stage} at {@code position} among the open stages. */
  public Pipeline addStage(PipelineId id, long expectedVersion, Stage stage, int position) {
    return change(
        id, expectedVersion, (p, now) -> p.addStage(stage, position, now, context.actor()));
  }

  /** Renames stage {@code stage} of pipeline {@code id}. */
  public Pipeline renameStage(PipelineId id, long expectedVersion, StageId stage, String name) {
    requireNonNull(stage, "stage");
    return updateStage(id, expectedVersion, get(id).stage(stage).withName(name));
  }

  /**
   * Replaces a stage's name, probability, required fields or rotting threshold; the deals standing
   * in it follow in the same unit (each gets a new version).
   */
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

  /** Puts the open stages of pipeline {@code id} in {@code order}. */
  public Pipeline reorderStages(PipelineId id, long expectedVersion, List<StageId> order) {
    return change(id, expectedVersion, (p, now) -> p.reorderStages(order, now, context.actor()));
  }

  /**
   * Removes open stage {@code stage} from pipeline {@code id}. Its deals move to open stage {@code
   * target}, each with a {@link StageChange.Kind#RELOCATED} entry in its history, in the same unit.
   *
   * @param target where the stage's deals go; may be null only when the stage holds no deal
   * @throws StageNotEmptyException if the stage holds deals and {@code target} is null
   * @throws IllegalArgumentException if the stage is the won or lost stage or the last open one, or
   *     {@code target} is not another open stage of the pipeline
   */
  public Pipeline removeStage(
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

  /**
   * Returns pipeline {@code id}.
   *
   * @throws NotFoundException if the tenant has none
   */
  public Pipeline get(PipelineId id) {
    return find(id).orElseThrow(() -> new NotFoundException(KIND, id));
  }

  /** Returns pipeline {@code id} if the tenant has it. */
  public Optional<Pipeline> find(PipelineId id) {
    return pipelines.find(context.tenant(), requireNonNull(id, "id"));
  }

  /** Returns every pipeline of the tenant, in creation order. */
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
