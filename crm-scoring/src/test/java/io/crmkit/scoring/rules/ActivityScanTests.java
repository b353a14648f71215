package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityDetails.Other;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivityScanTests {

  private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");
  private static final List<Duration> HALF_LIVES =
      List.of(
          Duration.ofSeconds(1), Duration.ofDays(7), Duration.ofDays(30), Duration.ofDays(3650));

  private static double rate(Duration halfLife) {
    return StrictMath.log(2) / halfLife.toSeconds();
  }

  private static ActivityScan scan() {
    return new ActivityScan(
        new RecentTexts(Phrases.of(List.of("/pricing", "/demo")), 2),
        HALF_LIVES.stream().mapToDouble(ActivityScanTests::rate).toArray());
  }

  private static long strict(long points, Duration halfLife, long ageSeconds) {
    return Math.round(points * StrictMath.exp(-rate(halfLife) * ageSeconds));
  }

  @Test
  void decayedWorthIsExactlyTheStrictlyComputedOne() {
    ActivityScan scan = scan();
    qt().withExamples(20_000)
        .forAll(
            longs().between(-ActivityScan.MAX_POINTS, ActivityScan.MAX_POINTS),
            integers().between(0, HALF_LIVES.size() - 1),
            longs().between(0, Duration.ofDays(4000).toSeconds()))
        .checkAssert(
            (points, halfLife, age) ->
                assertThat(scan.readMatched(AT.minusSeconds(age), AT).decayed(points, halfLife))
                    .as("%s points, half-life %s, age %s s", points, HALF_LIVES.get(halfLife), age)
                    .isEqualTo(strict(points, HALF_LIVES.get(halfLife), age)));
  }

  @Test
  void worthsThatLieOnAHalfRoundAsTheStrictComputationDoes() {
    // at one half-life an odd number of hundredths decays to a half, where rounding is decided
    // by the last bits of the factor
    ActivityScan scan = scan();
    for (int halfLife = 0; halfLife < HALF_LIVES.size(); halfLife++) {
      long age = HALF_LIVES.get(halfLife).toSeconds();
      for (long points : new long[] {1, 3, -3, 99_999, -99_999}) {
        assertThat(scan.readMatched(AT.minusSeconds(age), AT).decayed(points, halfLife))
            .isEqualTo(strict(points, HALF_LIVES.get(halfLife), age));
      }
    }
  }

  @Test
  void anActivityAfterTheScoringInstantHasNotDecayed() {
    assertThat(scan().readMatched(AT.plusSeconds(3600), AT).decayed(2_000, 1)).isEqualTo(2_000);
  }

  @Test
  void eachActivityReadHasItsOwnAge() {
    ActivityScan scan = scan();
    long week = Duration.ofDays(7).toSeconds();
    assertThat(scan.readMatched(AT.minusSeconds(week), AT).decayed(2_000, 1)).isEqualTo(1_000);
    assertThat(scan.readMatched(AT.minusSeconds(2 * week), AT).decayed(2_000, 1)).isEqualTo(500);
  }

  @Test
  void pagePhrasesAreSearchedInPageVisitsOnly() {
    ActivityScan scan = scan();
    scan.read(new PageVisit(URI.create("https://example.com/Pricing")), AT, AT);
    assertThat(scan.pageContains(0)).isTrue();
    assertThat(scan.pageContains(1)).isFalse();
    scan.read(new PageVisit(URI.create("https://example.com/demo")), AT, AT);
    assertThat(scan.pageContains(0)).isFalse();
    assertThat(scan.pageContains(1)).isTrue();
    scan.read(new Other("page_visit", Map.of("url", "/pricing")), AT, AT);
    assertThat(scan.pageContains(0)).isFalse();
    scan.read(new Note(), AT, AT);
    assertThat(scan.pageContains(0)).isFalse();
  }
}
