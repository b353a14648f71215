package io.crmkit.scoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LinkageQualityTests {

  private static final Map<String, String> PARTY =
      Map.of("a1", "a", "a2", "a", "a3", "a", "b1", "b", "b2", "b", "c1", "c");
  private static final MatchExplanation NONE = new MatchExplanation(List.of(), 0);

  private static ScoredPair<String> pair(String first, String second) {
    return new ScoredPair<>(first, second, NONE);
  }

  @Test
  void countsPairsRightWrongAndMissed() {
    LinkageQuality quality =
        LinkageQuality.ofPairs(
            List.of(pair("a1", "a2"), pair("a2", "a1"), pair("b1", "b2"), pair("b1", "c1")),
            PARTY.keySet(),
            PARTY::get);

    assertThat(quality).isEqualTo(new LinkageQuality(2, 1, 2));
    assertThat(quality.precision()).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(quality.recall()).isCloseTo(0.5, within(1e-12));
    assertThat(quality.f1()).isCloseTo(4 / 7.0, within(1e-12));
  }

  @Test
  void countsEveryPairInsideAClusterTransitively() {
    DuplicateCluster<String> cluster =
        new DuplicateCluster<>(
            List.of("a1", "a2", "a3", "c1"),
            List.of(pair("a1", "a2"), pair("a2", "a3"), pair("a3", "c1")));

    LinkageQuality quality =
        LinkageQuality.ofClusters(List.of(cluster), PARTY.keySet(), PARTY::get);

    assertThat(quality).isEqualTo(new LinkageQuality(3, 3, 1));
  }

  @Test
  void isPerfectWhenNothingIsCalledAndNothingIsThere() {
    LinkageQuality quality = LinkageQuality.ofPairs(List.of(), List.of("x", "y"), id -> id);

    assertThat(quality.precision()).isEqualTo(1);
    assertThat(quality.recall()).isEqualTo(1);
    assertThat(quality.f1()).isEqualTo(1);
  }
}
