package io.crmkit.core.deal;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * A new pipeline described stage by stage: each open stage is named with its win probability, the
 * builder gives every stage a new id, and it closes the pipeline with a won and a lost stage ("Won"
 * and "Lost" unless named otherwise). Deals may skip stages and move back ({@link
 * PipelinePolicy#FLEXIBLE}) unless another policy is set.
 *
 * <pre>{@code
 * Pipeline renewals = crm.pipelines().builder("Renewals")
 *     .stage("Demo", 30)
 *     .stage("Proposal", 60).requiring(DealField.AMOUNT, DealField.EXPECTED_CLOSE_DATE)
 *     .won("Renewed")
 *     .lost("Churned")
 *     .policy(PipelinePolicy.STRICT)
 *     .create();
 * }</pre>
 *
 * <p>Obtained from {@link PipelineService#builder(String)}. Not thread-safe; {@link #create()}
 * creates one pipeline per call.
 *
 * @since 0.1
 */
public final class PipelineBuilder {

  private final PipelineService pipelines;
  private final String name;
  private final List<Stage> open = new ArrayList<>();
  private String won = "Won";
  private String lost = "Lost";
  private PipelinePolicy policy = PipelinePolicy.FLEXIBLE;

  PipelineBuilder(PipelineService pipelines, String name) {
    this.pipelines = requireNonNull(pipelines, "pipelines");
    this.name = requireNonNull(name, "pipeline name");
  }

  /**
   * Adds an open stage after the ones added so far.
   *
   * @param stageName 1 to 100 characters, not blank
   * @param probability the win probability of a deal in it, in percent, 0 to 100
   * @throws IllegalArgumentException if the name or probability is out of range
   */
  public PipelineBuilder stage(String stageName, int probability) {
    open.add(Stage.open(StageId.random(), stageName, probability));
    return this;
  }

  /**
   * Makes the stage added last require {@code fields} of a deal that enters it.
   *
   * @throws IllegalStateException if no stage was added yet
   */
  public PipelineBuilder requiring(DealField... fields) {
    return replaceLast(last().requiring(fields));
  }

  /**
   * Makes deals go stale after {@code days} in the stage added last.
   *
   * @throws IllegalStateException if no stage was added yet
   * @throws IllegalArgumentException if {@code days} is not 1 to {@value Stage#MAX_ROTTING_DAYS}
   */
  public PipelineBuilder rottingAfterDays(int days) {
    return replaceLast(last().rottingAfterDays(days));
  }

  /** Names the stage of won deals; {@code Won} unless set. */
  public PipelineBuilder won(String stageName) {
    won = requireNonNull(stageName, "won stage name");
    return this;
  }

  /** Names the stage of lost deals; {@code Lost} unless set. */
  public PipelineBuilder lost(String stageName) {
    lost = requireNonNull(stageName, "lost stage name");
    return this;
  }

  /**
   * Sets how freely deals move between the open stages; {@link PipelinePolicy#FLEXIBLE} unless set.
   */
  public PipelineBuilder policy(PipelinePolicy value) {
    policy = requireNonNull(value, "policy");
    return this;
  }

  /**
   * Creates the pipeline: the open stages in the order added, then the won and the lost stage.
   *
   * @throws IllegalArgumentException if no open stage was added, or two stages share a name
   * @throws io.crmkit.core.DuplicateException if the tenant has a pipeline of that name
   */
  public Pipeline create() {
    List<Stage> stages = new ArrayList<>(open);
    stages.add(Stage.won(StageId.random(), won));
    stages.add(Stage.lost(StageId.random(), lost));
    return pipelines.create(name, stages, policy);
  }

  private Stage last() {
    checkState(!open.isEmpty(), "pipeline '%s' has no stage yet: add one with stage(..)", name);
    return open.get(open.size() - 1);
  }

  private PipelineBuilder replaceLast(Stage stage) {
    open.set(open.size() - 1, stage);
    return this;
  }
}
