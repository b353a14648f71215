package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.StageId;
import java.time.Duration;
import java.util.Optional;

/**
 * The time deals spent in one stage, from the stage histories: every completed stay (the deal
 * entered the stage and later left it) counts. Stays still under way are left out, since their end
 * is unknown.
 *
 * @param pipeline the pipeline; never null
 * @param stage the stage; never null
 * @param stays the number of completed stays, not negative
 * @param total their total length; never null, not negative
 * @since 0.1
 */
public record StageTime(PipelineId pipeline, StageId stage, long stays, Duration total) {

  /** Creates a {@code StageTime}, checking its components as the type's comment describes. */
  public StageTime {
    requireNonNull(pipeline, "pipeline");
    requireNonNull(stage, "stage");
    requireNonNull(total, "total");
    checkArgument(stays >= 0, "stay count must not be negative: %s", stays);
    checkArgument(!total.isNegative(), "total time must not be negative: %s", total);
  }

  /** Returns the mean length of a stay; empty if no deal left the stage. */
  public Optional<Duration> average() {
    return stays == 0 ? Optional.empty() : Optional.of(total.dividedBy(stays));
  }
}
