package io.crmkit.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The measurement of one SLA target on one ticket: how much counted time has elapsed, whether the
 * clock runs, is paused or has stopped, and, while it runs, the instants its warning and its breach
 * fall due. The due instants are computed when the clock starts, pauses or resumes, never on read.
 *
 * @param metric what it measures
 * @param target the time allowed, positive
 * @param businessHours whether time counts in the business hours of the CRM's calendar (or in
 *     calendar time)
 * @param elapsed the counted time before {@code runningSince}, or in all once stopped or paused
 * @param runningSince when the current run began, or null while paused or stopped
 * @param warnAt when the warning falls due, set exactly while running
 * @param dueAt when the target is breached, set exactly while running
 * @param warned whether the warning was raised
 * @param breached whether the breach was raised
 * @param stoppedAt when the clock stopped for good, or null
 * @since 0.1
 */
public record SlaClock(
    SlaMetric metric,
    Duration target,
    boolean businessHours,
    Duration elapsed,
    @Nullable Instant runningSince,
    @Nullable Instant warnAt,
    @Nullable Instant dueAt,
    boolean warned,
    boolean breached,
    @Nullable Instant stoppedAt) {

  public SlaClock {
    requireNonNull(metric, "metric");
    requireNonNull(target, "target");
    requireNonNull(elapsed, "elapsed");
    checkArgument(
        (!target.isNegative() && !target.isZero()), "SLA target must be positive: %s", target);
    checkArgument(!elapsed.isNegative(), "elapsed SLA time must not be negative: %s", elapsed);
    boolean running = runningSince != null;
    checkArgument(
        running == (dueAt != null) && running == (warnAt != null),
        "an SLA clock has due instants exactly while it runs");
    checkArgument(!(running && stoppedAt != null), "a stopped SLA clock does not run");
  }

  /** Returns whether the clock counts time now. */
  public boolean isRunning() {
    return runningSince != null;
  }

  /** Returns whether the clock stopped for good. */
  public boolean isStopped() {
    return stoppedAt != null;
  }

  /** Returns whether the clock is paused: neither running nor stopped. */
  public boolean isPaused() {
    return runningSince == null && stoppedAt == null;
  }

  /** Returns when the target is breached, if the clock runs. */
  public Optional<Instant> due() {
    return Optional.ofNullable(dueAt);
  }

  /**
   * Returns when the clock next asks for work (its warning, then its breach), if it runs and has
   * not raised both.
   */
  public Optional<Instant> nextCheck() {
    if (!isRunning()) {
      return Optional.empty();
    }
    if (!warned) {
      return Optional.ofNullable(warnAt);
    }
    return breached ? Optional.empty() : Optional.ofNullable(dueAt);
  }

  /** Returns whether the target was met: stopped without a breach. */
  public boolean isMet() {
    return isStopped() && !breached;
  }
}
