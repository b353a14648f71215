package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.StageId;
import java.time.Duration;

/**
 * An open deal that has stood in its stage longer than the stage's rotting threshold: stale, and
 * worth its owner's attention.
 *
 * @param deal the deal; never null
 * @param pipeline its pipeline; never null
 * @param stage the stage it stands in; never null
 * @param owner its owner; never null
 * @param inStage how long it has stood in the stage; longer than the threshold
 * @param thresholdDays the stage's rotting threshold in days, positive
 * @since 0.1
 */
public record RottingDeal(
    DealId deal,
    PipelineId pipeline,
    StageId stage,
    UserId owner,
    Duration inStage,
    int thresholdDays) {

  /** Creates a {@code RottingDeal}, checking its components as the type's comment describes. */
  public RottingDeal {
    requireNonNull(deal, "deal");
    requireNonNull(pipeline, "pipeline");
    requireNonNull(stage, "stage");
    requireNonNull(owner, "owner");
    requireNonNull(inStage, "time in stage");
    checkArgument(thresholdDays > 0, "rotting threshold must be positive: %s", thresholdDays);
    checkArgument(
        inStage.compareTo(Duration.ofDays(thresholdDays)) > 0,
        "deal %s has stood %s in its stage, not longer than %s days",
        deal,
        inStage,
        thresholdDays);
  }
}
