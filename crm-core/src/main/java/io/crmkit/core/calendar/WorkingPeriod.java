package io.crmkit.core.calendar;

import java.time.Duration;
import java.time.Instant;

/** A window of working hours on one date, placed on the time line: never empty. */
record WorkingPeriod(Instant start, Instant end) {

  boolean contains(Instant instant) {
    return !instant.isBefore(start) && instant.isBefore(end);
  }

  Duration length() {
    return Duration.between(start, end);
  }

  /** Returns how much of this period lies between the two instants. */
  Duration overlap(Instant from, Instant to) {
    Instant overlapStart = from.isAfter(start) ? from : start;
    Instant overlapEnd = to.isBefore(end) ? to : end;
    return overlapStart.isBefore(overlapEnd)
        ? Duration.between(overlapStart, overlapEnd)
        : Duration.ZERO;
  }
}
