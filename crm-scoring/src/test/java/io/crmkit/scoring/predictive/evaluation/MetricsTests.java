package io.crmkit.scoring.predictive.evaluation;

import static io.crmkit.scoring.predictive.Outcome.LOST;
import static io.crmkit.scoring.predictive.Outcome.WON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTests {

  @Test
  void aucIsTheShareOfWonLostPairsRankedCorrectly() {
    // pairs: (0.9, 0.8) yes, (0.9, 0.6) yes, (0.7, 0.8) no, (0.7, 0.6) yes
    List<ScoredOutcome> scored =
        List.of(
            ScoredOutcome.of(0.9, WON),
            ScoredOutcome.of(0.8, LOST),
            ScoredOutcome.of(0.7, WON),
            ScoredOutcome.of(0.6, LOST));

    assertThat(Metrics.auc(scored)).isEqualTo(0.75);
  }

  @Test
  void aucCountsTiedPairsAsOneHalf() {
    List<ScoredOutcome> scored =
        List.of(
            ScoredOutcome.of(0.5, LOST),
            ScoredOutcome.of(0.8, WON),
            ScoredOutcome.of(0.2, LOST),
            ScoredOutcome.of(0.5, WON));

    assertThat(Metrics.auc(scored)).isEqualTo(3.5 / 4);
    assertThat(Metrics.auc(List.of(ScoredOutcome.of(0.3, WON), ScoredOutcome.of(0.3, LOST))))
        .isEqualTo(0.5);
  }

  @Test
  void aucOfAPerfectAndAnInvertedRankingAreOneAndZero() {
    List<ScoredOutcome> perfect = List.of(ScoredOutcome.of(0.9, WON), ScoredOutcome.of(0.1, LOST));
    List<ScoredOutcome> inverted = List.of(ScoredOutcome.of(0.1, WON), ScoredOutcome.of(0.9, LOST));

    assertThat(Metrics.auc(perfect)).isEqualTo(1.0);
    assertThat(Metrics.auc(inverted)).isEqualTo(0.0);
  }

  @Test
  void aucNeedsBothOutcomes() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Metrics.auc(List.of(ScoredOutcome.of(0.4, WON))))
        .withMessage("AUC needs at least one won and one lost outcome: got 1 won and 0 lost");
  }

  @Test
  void logLossIsTheMeanNegativeLogLikelihood() {
    List<ScoredOutcome> scored = List.of(ScoredOutcome.of(0.8, WON), ScoredOutcome.of(0.4, LOST));

    assertThat(Metrics.logLoss(scored))
        .isCloseTo(-(Math.log(0.8) + Math.log(0.6)) / 2, within(1e-15));
  }

  @Test
  void logLossStaysFiniteForConfidentMisses() {
    assertThat(Metrics.logLoss(List.of(ScoredOutcome.of(0.0, WON))))
        .isCloseTo(-Math.log(Metrics.LOG_LOSS_EPSILON), within(1e-9));
  }

  @Test
  void brierScoreIsTheMeanSquaredError() {
    List<ScoredOutcome> scored = List.of(ScoredOutcome.of(0.8, WON), ScoredOutcome.of(0.4, LOST));

    assertThat(Metrics.brierScore(scored)).isCloseTo((0.04 + 0.16) / 2, within(1e-15));
  }

  @Test
  void liftComparesTheTopWinRateWithTheOverallRate() {
    List<ScoredOutcome> scored = new ArrayList<>();
    for (int i = 0; i < 18; i++) {
      scored.add(ScoredOutcome.of(i / 100.0, LOST));
    }
    scored.add(ScoredOutcome.of(0.9, WON));
    scored.add(ScoredOutcome.of(0.05, WON));

    // top decile: 2 outcomes (0.9 won, 0.17 lost): rate 1/2 against 2/20 overall
    assertThat(Metrics.topDecileLift(scored)).isCloseTo(5.0, within(1e-12));
    assertThat(Metrics.lift(scored, 1.0)).isCloseTo(1.0, within(1e-12));
  }

  @Test
  void rejectsEmptyInputsAndBadFractions() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Metrics.logLoss(List.of()))
        .withMessage("log loss needs at least one scored outcome");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Metrics.brierScore(List.of()))
        .withMessage("Brier score needs at least one scored outcome");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Metrics.lift(List.of(ScoredOutcome.of(0.5, WON)), 0))
        .withMessage("lift fraction must be in (0, 1]: 0.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Metrics.lift(List.of(ScoredOutcome.of(0.5, LOST)), 0.1))
        .withMessage("lift needs at least one won outcome among 1");
  }

  @Test
  void scoredOutcomesRejectProbabilitiesOutsideTheUnitInterval() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScoredOutcome.of(1.5, WON))
        .withMessage("probability must be in [0, 1]: 1.5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ScoredOutcome.of(Double.NaN, WON))
        .withMessage("probability must be in [0, 1]: NaN");
  }
}
