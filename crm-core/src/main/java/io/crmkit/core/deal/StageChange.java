package io.crmkit.core.deal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry of a deal's stage history: the deal entered stage {@code to} from {@code from} at
 * {@code at}, by the hand of {@code by}, after {@code timeInPrevious} in the previous stage.
 *
 * <p>A deal's history starts with its opening (from null, no time in a previous stage) and has one
 * entry per move, so that the sum of the times in previous stages plus the time in the current
 * stage is the deal's age, the stage the deal stood in at any past instant is the {@code to} of the
 * last entry at or before it, and the win probability of that stage then is kept with it.
 *
 * @param kind how the deal got there; never null
 * @param from the previous stage, null only for the opening entry
 * @param to the stage entered; never null
 * @param probability the win probability of {@code to} when the deal entered it, 0 to 100
 * @param at when; never null
 * @param by who moved the deal (for a stage removal, the pipeline's editor); never null
 * @param timeInPrevious how long the deal stood in {@code from}; zero for the opening; never
 *     negative
 * @param reason the lost reason code for a loss, otherwise null
 * @since 0.1
 */
public record StageChange(
    Kind kind,
    @Nullable StageId from,
    StageId to,
    int probability,
    Instant at,
    UserId by,
    Duration timeInPrevious,
    @Nullable String reason) {

  /**
   * How a deal entered a stage.
   *
   * @since 0.1
   */
  public enum Kind {
    /** The deal was opened in the stage. */
    OPENED,
    /** The deal moved from one open stage to another. */
    MOVED,
    /** The deal was won. */
    WON,
    /** The deal was lost. */
    LOST,
    /** A closed deal was reopened. */
    REOPENED,
    /** The deal's stage was removed from the pipeline and the deal moved to another one. */
    RELOCATED;

    static Kind of(StageMove.Kind move) {
      return switch (move) {
        case MOVE -> MOVED;
        case WIN -> WON;
        case LOSE -> LOST;
        case REOPEN -> REOPENED;
      };
    }
  }

  /** Creates a {@code StageChange}, checking its components as the type's comment describes. */
  public StageChange {
    requireNonNull(kind, "kind");
    requireNonNull(to, "to stage");
    requireNonNull(at, "at");
    requireNonNull(by, "by");
    requireNonNull(timeInPrevious, "time in previous stage");
    checkArgument(
        (kind == Kind.OPENED) == (from == null),
        "only the opening entry has no previous stage: %s from %s",
        kind,
        from);
    checkArgument(
        !timeInPrevious.isNegative(), "time in previous stage is negative: %s", timeInPrevious);
    checkArgument(
        kind != Kind.OPENED || timeInPrevious.isZero(),
        "the opening entry has no time in a previous stage: %s",
        timeInPrevious);
    checkArgument(
        probability >= 0 && probability <= 100, "probability must be 0 to 100: %s", probability);
    checkArgument(
        (kind == Kind.LOST) == (reason != null),
        "a reason is recorded exactly for a loss: %s with reason %s",
        kind,
        reason);
  }
}
