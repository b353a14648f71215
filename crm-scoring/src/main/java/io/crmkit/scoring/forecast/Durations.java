package io.crmkit.scoring.forecast;

import java.math.BigDecimal;
import java.time.Duration;

/** Exact arithmetic on durations that may exceed what a {@code long} of nanoseconds holds. */
final class Durations {

  private static final BigDecimal NANOS_PER_SECOND = BigDecimal.valueOf(1_000_000_000L);

  private Durations() {}

  static BigDecimal nanos(Duration duration) {
    return BigDecimal.valueOf(duration.getSeconds())
        .multiply(NANOS_PER_SECOND)
        .add(BigDecimal.valueOf(duration.getNano()));
  }
}
