package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.timeline.ActivityId;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatchesTests {

  private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

  private static ActivityId id(long low) {
    return ActivityId.of(new UUID(0, low));
  }

  @Test
  void keepsEachRulesMatchesOldestFirstWithTheIdBreakingTies() {
    Matches matches = new Matches(2);
    matches.add(0, id(5), T0.plusSeconds(30), 300);
    matches.add(0, id(9), T0.plusSeconds(10), 100);
    matches.add(0, id(2), T0.plusSeconds(30), 299);
    matches.add(1, id(1), T0, 7);
    ActivityId[] activities = new ActivityId[4];
    Instant[] occurredAt = new Instant[4];
    long[] worths = new long[4];
    matches.copy(0, activities, occurredAt, worths, 1);
    assertThat(activities).containsExactly(null, id(9), id(2), id(5));
    assertThat(occurredAt)
        .containsExactly(null, T0.plusSeconds(10), T0.plusSeconds(30), T0.plusSeconds(30));
    assertThat(worths).containsExactly(0, 100, 299, 300);
    assertThat(matches.count(0)).isEqualTo(3);
    assertThat(matches.sum(0)).isEqualTo(699);
    assertThat(matches.count(1)).isEqualTo(1);
    assertThat(matches.sum(1)).isEqualTo(7);
  }

  @Test
  void growsPastItsFirstCapacityAndForgetsEverythingWhenCleared() {
    Matches matches = new Matches(1);
    for (int i = 0; i < 100; i++) {
      matches.add(0, id(i), T0.minusSeconds(i), i);
    }
    ActivityId[] activities = new ActivityId[100];
    long[] worths = new long[100];
    matches.copy(0, activities, new Instant[100], worths, 0);
    assertThat(activities[0]).isEqualTo(id(99));
    assertThat(worths[99]).isZero();
    assertThat(matches.sum(0)).isEqualTo(4_950);
    matches.clear();
    assertThat(matches.count(0)).isZero();
    matches.add(0, id(1), T0, 5);
    assertThat(matches.sum(0)).isEqualTo(5);
  }
}
