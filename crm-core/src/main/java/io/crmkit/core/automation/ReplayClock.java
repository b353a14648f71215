package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that stands still until an {@link AutomationReplay} moves it forward: the clock a host
 * builds its test CRM on to replay weeks of automation in seconds. Thread-safe.
 *
 * @since 0.1
 */
public final class ReplayClock extends Clock {

  private volatile Instant now;

  private ReplayClock(Instant start) {
    this.now = requireNonNull(start, "start");
  }

  /** Returns a clock standing at {@code start}. */
  public static ReplayClock at(Instant start) {
    return new ReplayClock(start);
  }

  /**
   * Moves the clock forward by {@code step}.
   *
   * @throws IllegalArgumentException if {@code step} is negative
   */
  public synchronized void advance(Duration step) {
    requireNonNull(step, "step");
    checkArgument(!step.isNegative(), "a replay clock only moves forward: %s", step);
    now = now.plus(step);
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  /** Returns this clock: a replay clock is in UTC. */
  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
