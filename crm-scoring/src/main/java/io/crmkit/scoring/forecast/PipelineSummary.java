package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.money.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The open pipeline of one sales pipeline at an instant: one line per open stage, in the pipeline's
 * order, and the totals.
 *
 * <p>The totals are computed from the deals, not from the lines: counts and amounts add up, while
 * the weighted total is rounded once, so it may differ from the sum of the rounded lines by a few
 * minor units.
 *
 * @param pipeline the pipeline; never null
 * @param name its name; never null
 * @param at the instant the pipeline stood like this; never null
 * @param stages one line per open stage of the pipeline, in order, then one per removed stage that
 *     held deals at {@code at}; copied
 * @param deals the number of open deals
 * @param amount their total amount; never null
 * @param weighted their total weighted amount; never null
 * @since 0.1
 */
public record PipelineSummary(
    PipelineId pipeline,
    String name,
    Instant at,
    List<StageSummary> stages,
    long deals,
    Money amount,
    Money weighted) {

  /** Creates a {@code PipelineSummary}, checking its components as the type's comment describes. */
  public PipelineSummary {
    requireNonNull(pipeline, "pipeline");
    requireNonNull(name, "pipeline name");
    requireNonNull(at, "at");
    stages = List.copyOf(stages);
    requireNonNull(amount, "amount");
    requireNonNull(weighted, "weighted amount");
    checkArgument(deals >= 0, "deal count of pipeline %s must not be negative: %s", name, deals);
  }

  /** Returns the line of stage {@code stage}, if the summary has one. */
  public Optional<StageSummary> stage(StageId stage) {
    requireNonNull(stage, "stage");
    return stages.stream().filter(line -> line.stage().equals(stage)).findFirst();
  }
}
