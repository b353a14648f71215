package io.crmkit.core.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.CrmException;

/**
 * A stage that cannot be removed from its pipeline without saying where its deals go.
 *
 * @since 0.1
 */
public final class StageNotEmptyException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** The id of the pipeline. */
  private final String pipeline;

  /** The name of the stage. */
  private final String stage;

  /** How many deals stand in the stage. */
  private final long deals;

  /**
   * @param pipeline the pipeline's id; never null
   * @param stageName the stage's name; never null
   * @param deals how many deals stand in it
   */
  public StageNotEmptyException(PipelineId pipeline, String stageName, long deals) {
    super(
        "stage '"
            + requireNonNull(stageName, "stage name")
            + "' of pipeline "
            + requireNonNull(pipeline, "pipeline")
            + " holds "
            + deals
            + (deals == 1 ? " deal" : " deals")
            + ": name a target stage to move them to");
    this.pipeline = pipeline.toString();
    this.stage = stageName;
    this.deals = deals;
  }

  /** Returns the pipeline's id, as text. */
  public String pipeline() {
    return pipeline;
  }

  /** Returns the stage's name. */
  public String stage() {
    return stage;
  }

  /** Returns how many deals stand in the stage. */
  public long deals() {
    return deals;
  }
}
