package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdGeneratorTests {

  @Test
  void makesVersion7IdsThatIncreaseEvenWhenTheClockStandsStillOrGoesBack() {
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
    TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock, new Random(1));
    List<UUID> made = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      made.add(ids.next());
      if (i == 5_000) {
        clock.now = clock.now.minusSeconds(60);
      }
    }

    for (int i = 1; i < made.size(); i++) {
      assertThat(TimeOrderedIdGenerator.compare(made.get(i - 1), made.get(i))).isNegative();
    }
    assertThat(made)
        .allSatisfy(
            id -> {
              assertThat(id.version()).isEqualTo(7);
              assertThat(id.variant()).isEqualTo(2);
            });
    assertThat(made.get(0).getMostSignificantBits() >>> 16).isEqualTo(clock.start.toEpochMilli());
  }

  @Test
  void comparesAsUnsignedNumbersUnlikeUuidCompareTo() {
    UUID small = new UUID(0x7FFF_FFFF_FFFF_FFFFL, 0);
    UUID large = new UUID(0x8000_0000_0000_0000L, 0);

    assertThat(TimeOrderedIdGenerator.compare(small, large)).isNegative();
    assertThat(small.compareTo(large)).isPositive();
  }

  private static final class MutableClock extends Clock {
    final Instant start;
    Instant now;

    MutableClock(Instant start) {
      this.start = start;
      this.now = start;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
