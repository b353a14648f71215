package io.crmkit.scoring.segment;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What an evaluation needs besides the subject: the instant that relative windows end at, the time
 * zone in which days, weeks and months are counted, and the resolver for {@code in segment}.
 *
 * @param now the end of every relative window, never null
 * @param zone the zone of calendar units and of "today" for date fields, never null
 * @param resolver answers {@code in segment}, never null
 * @since 0.1
 */
public record EvaluationContext(Instant now, ZoneId zone, SegmentResolver resolver) {

  /**
   * Creates an {@code EvaluationContext}, checking its components as the type's comment describes.
   */
  public EvaluationContext {
    requireNonNull(now, "now");
    requireNonNull(zone, "zone");
    requireNonNull(resolver, "segment resolver");
  }

  /** Returns a context at the given instant. */
  public static EvaluationContext of(Instant now, ZoneId zone, SegmentResolver resolver) {
    return new EvaluationContext(now, zone, resolver);
  }

  /** Returns a context at the given instant, in UTC, that knows no other segment. */
  public static EvaluationContext at(Instant now) {
    return new EvaluationContext(now, ZoneOffset.UTC, SegmentResolver.none());
  }

  /** Returns a context at the clock's current instant, in the clock's zone. */
  public static EvaluationContext from(Clock clock, SegmentResolver resolver) {
    requireNonNull(clock, "clock");
    return new EvaluationContext(clock.instant(), clock.getZone(), resolver);
  }
}
