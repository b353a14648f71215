package io.crmkit.scoring.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.party.LifecycleStage;
import org.jspecify.annotations.Nullable;

/**
 * A total score at which a contact is ready for a later lifecycle stage, for example marketing
 * qualified at 50 points: when a rescoring crosses it upward, the contact moves forward to the
 * stage (never backward).
 *
 * @param points the least total score, in whole points
 * @param stage the stage it qualifies for; not {@link LifecycleStage#OTHER}, which is outside the
 *     funnel
 * @since 0.1
 */
public record StageThreshold(int points, LifecycleStage stage) {

  /** Creates a {@code StageThreshold}, checking its components as the type's comment describes. */
  public StageThreshold {
    requireNonNull(stage, "stage");
    checkArgument(
        Math.abs(points) <= Grading.MAX_THRESHOLD,
        "threshold %s is beyond +/-%s",
        points,
        Grading.MAX_THRESHOLD);
    checkArgument(stage != LifecycleStage.OTHER, "a threshold cannot move contacts to %s", stage);
  }

  /** Returns the threshold of {@code points} for {@code stage}. */
  public static StageThreshold of(int points, LifecycleStage stage) {
    return new StageThreshold(points, stage);
  }

  /**
   * Returns whether a rescoring from {@code before} (null when the contact was never scored) to
   * {@code after} crosses the threshold upward.
   */
  public boolean crossedUpward(@Nullable Points before, Points after) {
    return (before == null || !before.atLeast(points)) && after.atLeast(points);
  }
}
