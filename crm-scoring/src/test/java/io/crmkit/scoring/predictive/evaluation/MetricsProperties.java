package io.crmkit.scoring.predictive.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.scoring.predictive.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class MetricsProperties {

  // coarse scores on purpose, so that many lists contain ties
  private static final Gen<ScoredOutcome> SCORED =
      integers()
          .between(0, 10)
          .zip(
              booleans().all(),
              (tenths, won) -> ScoredOutcome.of(tenths / 10.0, won ? Outcome.WON : Outcome.LOST))
          .mix(
              doubles()
                  .between(0, 1)
                  .zip(
                      booleans().all(),
                      (p, won) -> ScoredOutcome.of(p, won ? Outcome.WON : Outcome.LOST)));

  private static final Gen<List<ScoredOutcome>> BOTH_OUTCOMES =
      lists()
          .of(SCORED)
          .ofSizeBetween(2, 60)
          .assuming(
              scored ->
                  scored.stream().anyMatch(s -> s.outcome() == Outcome.WON)
                      && scored.stream().anyMatch(s -> s.outcome() == Outcome.LOST));

  @Test
  void aucIsBetweenZeroAndOne() {
    qt().forAll(BOTH_OUTCOMES)
        .checkAssert(scored -> assertThat(Metrics.auc(scored)).isBetween(0.0, 1.0));
  }

  @Test
  void reversingTheScoresGivesOneMinusTheAuc() {
    qt().forAll(BOTH_OUTCOMES)
        .checkAssert(
            scored -> {
              List<ScoredOutcome> reversed =
                  scored.stream()
                      .map(s -> ScoredOutcome.of(1 - s.probability(), s.outcome()))
                      .toList();
              assertThat(Metrics.auc(reversed)).isCloseTo(1 - Metrics.auc(scored), within(1e-12));
            });
  }

  @Test
  void brierScoreAndLogLossAreNonNegativeAndBrierAtMostOne() {
    qt().forAll(BOTH_OUTCOMES)
        .checkAssert(
            scored -> {
              assertThat(Metrics.brierScore(scored)).isBetween(0.0, 1.0);
              assertThat(Metrics.logLoss(scored)).isGreaterThanOrEqualTo(0.0);
            });
  }

  @Test
  void calibrationBinsAccountForEveryOutcome() {
    qt().forAll(BOTH_OUTCOMES)
        .checkAssert(
            scored ->
                assertThat(
                        CalibrationTable.deciles(scored).bins().stream()
                            .mapToInt(CalibrationTable.Bin::count)
                            .sum())
                    .isEqualTo(scored.size()));
  }
}
