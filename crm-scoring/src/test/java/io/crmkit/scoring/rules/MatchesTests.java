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
    Object[] pairs = new Object[7];
    long[] worths = new long[4];
    matches.copy(0, pairs, 1, worths, 1);
    assertThat(pairs)
        .containsExactly(
            null, id(9), T0.plusSeconds(10), id(2), T0.plusSeconds(30), id(5), T0.plusSeconds(30));
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
    Object[] pairs = new Object[200];
    long[] worths = new long[100];
    matches.copy(0, pairs, 0, worths, 0);
    assertThat(pairs[0]).isEqualTo(id(99));
    assertThat(pairs[1]).isEqualTo(T0.minusSeconds(99));
    assertThat(worths[99]).isZero();
    assertThat(matches.sum(0)).isEqualTo(4_950);
    matches.clear();
    assertThat(matches.count(0)).isZero();
    matches.add(0, id(1), T0, 5);
    assertThat(matches.sum(0)).isEqualTo(5);
  }
}
