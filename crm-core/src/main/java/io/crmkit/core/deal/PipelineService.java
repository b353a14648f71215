package io.crmkit.core.deal;

import io.crmkit.core.NotFoundException;
import java.util.List;
import java.util.Optional;

/**
 * The sales pipelines of one opened CRM, as a service: it defines and edits the tenant's pipelines.
 * Edits that touch deals (removing a stage, changing a stage's probability) change the deals in the
 * same unit of work, so that no deal ever stands in a stage its pipeline does not have.
 *
 * <pre>{@code
 * Pipeline renewals = crm.pipelines().builder("Renewals")
 *     .stage("Demo", 30)
 *     .stage("Proposal", 60).requiring(DealField.AMOUNT, DealField.EXPECTED_CLOSE_DATE)
 *     .create();
 * renewals = crm.pipelines().rename(renewals, "Renewals 2026");
 * }</pre>
 *
 * <p>Pipelines are tenant configuration without an owner; the host decides who may reach this
 * service.
 *
 * <p>Every command on a pipeline takes either its id and the version it was read at, or the
 * pipeline as read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#pipelines()}.
 *
 * @since 0.1
 */
public interface PipelineService {

  /**
   * Returns a builder of a new pipeline named {@code name}, which gives its stages ids and closes
   * it with a won and a lost stage.
   */
  default PipelineBuilder builder(String name) {
    return new PipelineBuilder(this, name);
  }

  /**
   * Creates a pipeline from stages made by the caller; {@link #builder(String)} makes them.
   *
   * @see Pipeline#create
   * @throws io.crmkit.core.DuplicateException if the tenant has a pipeline of that name
   */
  Pipeline create(String name, List<Stage> stages, PipelinePolicy policy);

  /** Renames version {@code expectedVersion} of pipeline {@code id}. */
  Pipeline rename(PipelineId id, long expectedVersion, String name);

  /**
   * As {@link #rename(PipelineId, long, String)}, for {@code pipeline} at the version it was read.
   */
  default Pipeline rename(Pipeline pipeline, String name) {
    return rename(pipeline.id(), pipeline.version(), name);
  }

  /** Changes the policy of pipeline {@code id}. */
  Pipeline updatePolicy(PipelineId id, long expectedVersion, PipelinePolicy policy);

  /**
   * As {@link #updatePolicy(PipelineId, long, PipelinePolicy)}, for {@code pipeline} at the version
   * it was read.
   */
  default Pipeline updatePolicy(Pipeline pipeline, PipelinePolicy policy) {
    return updatePolicy(pipeline.id(), pipeline.version(), policy);
  }

  /** Adds open stage {@code stage} at {@code position} among the open stages. */
  Pipeline addStage(PipelineId id, long expectedVersion, Stage stage, int position);

  /**
   * As {@link #addStage(PipelineId, long, Stage, int)}, for {@code pipeline} at the version it was
   * read.
   */
  default Pipeline addStage(Pipeline pipeline, Stage stage, int position) {
    return addStage(pipeline.id(), pipeline.version(), stage, position);
  }

  /** Renames stage {@code stage} of pipeline {@code id}. */
  Pipeline renameStage(PipelineId id, long expectedVersion, StageId stage, String name);

  /**
   * As {@link #renameStage(PipelineId, long, StageId, String)}, for {@code pipeline} at the version
   * it was read.
   */
  default Pipeline renameStage(Pipeline pipeline, StageId stage, String name) {
    return renameStage(pipeline.id(), pipeline.version(), stage, name);
  }

  /**
   * Replaces a stage's name, probability, required fields or rotting threshold; the deals standing
   * in it follow in the same unit (each gets a new version).
   */
  Pipeline updateStage(PipelineId id, long expectedVersion, Stage stage);

  /**
   * As {@link #updateStage(PipelineId, long, Stage)}, for {@code pipeline} at the version it was
   * read.
   */
  default Pipeline updateStage(Pipeline pipeline, Stage stage) {
    return updateStage(pipeline.id(), pipeline.version(), stage);
  }

  /** Puts the open stages of pipeline {@code id} in {@code order}. */
  Pipeline reorderStages(PipelineId id, long expectedVersion, List<StageId> order);

  /**
   * As {@link #reorderStages(PipelineId, long, List)}, for {@code pipeline} at the version it was
   * read.
   */
  default Pipeline reorderStages(Pipeline pipeline, List<StageId> order) {
    return reorderStages(pipeline.id(), pipeline.version(), order);
  }

  /**
   * Removes open stage {@code stage}, which holds no deal, from pipeline {@code id}.
   *
   * @throws StageNotEmptyException if the stage holds deals: they need a {@linkplain
   *     #removeStage(PipelineId, long, StageId, StageId) target}
   * @throws IllegalArgumentException if the stage is the won or lost stage or the last open one
   */
  Pipeline removeStage(PipelineId id, long expectedVersion, StageId stage);

  /**
   * As {@link #removeStage(PipelineId, long, StageId)}, for {@code pipeline} at the version it was
   * read.
   */
  default Pipeline removeStage(Pipeline pipeline, StageId stage) {
    return removeStage(pipeline.id(), pipeline.version(), stage);
  }

  /**
   * Removes open stage {@code stage} from pipeline {@code id}. Its deals move to open stage {@code
   * target}, each with a {@link StageChange.Kind#RELOCATED} entry in its history, in the same unit.
   *
   * @throws IllegalArgumentException if the stage is the won or lost stage or the last open one, or
   *     {@code target} is not another open stage of the pipeline
   */
  Pipeline removeStage(PipelineId id, long expectedVersion, StageId stage, StageId target);

  /**
   * As {@link #removeStage(PipelineId, long, StageId, StageId)}, for {@code pipeline} at the
   * version it was read.
   */
  default Pipeline removeStage(Pipeline pipeline, StageId stage, StageId target) {
    return removeStage(pipeline.id(), pipeline.version(), stage, target);
  }

  /**
   * Returns pipeline {@code id}.
   *
   * @throws NotFoundException if the tenant has none
   */
  Pipeline get(PipelineId id);

  /** Returns pipeline {@code id} if the tenant has it. */
  Optional<Pipeline> find(PipelineId id);

  /** Returns every pipeline of the tenant, in creation order. */
  List<Pipeline> list();
}
