package io.crmkit.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The demo's time: a clock that stands still until the simulation moves it forward, so that a year
 * of sales work is recorded with the instants it would have had. It never goes back, because the
 * CRM's histories and time-ordered ids assume time only moves forward.
 *
 * <p>Thread-safe; the simulation advances it from one thread.
 */
final class SimulatedClock extends Clock {

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  SimulatedClock(Instant start, ZoneId zone) {
    this(new AtomicReference<>(requireNonNull(start, "start")), zone);
  }

  /** The same time seen from another zone moves with this clock. */
  private SimulatedClock(AtomicReference<Instant> now, ZoneId zone) {
    this.now = now;
    this.zone = requireNonNull(zone, "zone");
  }

  /** Moves the clock to {@code instant}, which may not be before the current instant. */
  void advanceTo(Instant instant) {
    requireNonNull(instant, "instant");
    Instant before = now.getAndAccumulate(instant, (old, next) -> next.isBefore(old) ? old : next);
    checkArgument(
        !instant.isBefore(before), "the clock cannot go back from %s to %s", before, instant);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new SimulatedClock(now, other);
  }
}
