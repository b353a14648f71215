package io.crmkit.core.deal;

import io.crmkit.core.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Defines and edits the tenant's pipelines. Edits that touch deals (removing a stage, changing a
 * stage's probability) change the deals in the same unit of work, so that no deal ever stands in a
 * stage its pipeline does not have.
 *
 * <p>Pipelines are tenant configuration without an owner; the host decides who may reach this
 * service.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#pipelines()}.
 *
 * @since 0.1
 */
public interface PipelineService {

  /**
   * Creates a pipeline.
   *
   * @see Pipeline#create
   * @throws io.crmkit.core.DuplicateException if the tenant has a pipeline of that name
   */
  Pipeline create(String name, List<Stage> stages, PipelinePolicy policy);

  /** Renames version {@code expectedVersion} of pipeline {@code id}. */
  Pipeline rename(PipelineId id, long expectedVersion, String name);

  /** Changes the policy of pipeline {@code id}. */
  Pipeline changePolicy(PipelineId id, long expectedVersion, PipelinePolicy policy);

  /** Adds open stage {@code stage} at {@code position} among the open stages. */
  Pipeline addStage(PipelineId id, long expectedVersion, Stage stage, int position);

  /** Renames stage {@code stage} of pipeline {@code id}. */
  Pipeline renameStage(PipelineId id, long expectedVersion, StageId stage, String name);

  /**
   * Replaces a stage's name, probability, required fields or rotting threshold; the deals standing
   * in it follow in the same unit (each gets a new version).
   */
  Pipeline updateStage(PipelineId id, long expectedVersion, Stage stage);

  /** Puts the open stages of pipeline {@code id} in {@code order}. */
  Pipeline reorderStages(PipelineId id, long expectedVersion, List<StageId> order);

  /**
   * Removes open stage {@code stage} from pipeline {@code id}. Its deals move to open stage {@code
   * target}, each with a {@link StageChange.Kind#RELOCATED} entry in its history, in the same unit.
   *
   * @param target where the stage's deals go; may be null only when the stage holds no deal
   * @throws StageNotEmptyException if the stage holds deals and {@code target} is null
   * @throws IllegalArgumentException if the stage is the won or lost stage or the last open one, or
   *     {@code target} is not another open stage of the pipeline
   */
  Pipeline removeStage(
      PipelineId id, long expectedVersion, StageId stage, @Nullable StageId target);

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
