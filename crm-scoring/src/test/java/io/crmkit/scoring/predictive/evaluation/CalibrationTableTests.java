package io.crmkit.scoring.predictive.evaluation;

import static io.crmkit.scoring.predictive.Outcome.LOST;
import static io.crmkit.scoring.predictive.Outcome.WON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTableTests {

  @Test
  void groupsOutcomesIntoDecilesOfPredictedProbability() {
    List<ScoredOutcome> scored = new ArrayList<>();
    // twenty outcomes, probabilities 0.00 .. 0.95; the top four are won
    for (int i = 19; i >= 0; i--) {
      scored.add(ScoredOutcome.of(i * 0.05, i >= 16 ? WON : LOST));
    }

    CalibrationTable table = CalibrationTable.deciles(scored);

    assertThat(table.bins()).hasSize(10);
    assertThat(table.bins()).allSatisfy(bin -> assertThat(bin.count()).isEqualTo(2));
    CalibrationTable.Bin lowest = table.bins().get(0);
    assertThat(lowest.index()).isEqualTo(1);
    assertThat(lowest.meanPredicted()).isCloseTo(0.025, within(1e-12));
    assertThat(lowest.observedRate()).isZero();
    CalibrationTable.Bin highest = table.bins().get(9);
    assertThat(highest.meanPredicted()).isCloseTo(0.925, within(1e-12));
    assertThat(highest.observedRate()).isEqualTo(1.0);
  }

  @Test
  void leavesOutEmptyBinsWhenThereAreFewerOutcomesThanBins() {
    CalibrationTable table =
        CalibrationTable.deciles(List.of(ScoredOutcome.of(0.2, LOST), ScoredOutcome.of(0.7, WON)));

    assertThat(table.bins())
        .extracting(CalibrationTable.Bin::count, CalibrationTable.Bin::observedRate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 0.0),
            org.assertj.core.groups.Tuple.tuple(1, 1.0));
  }

  @Test
  void rejectsEmptyInputsAndZeroBins() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CalibrationTable.deciles(List.of()))
        .withMessage("a calibration table needs at least one scored outcome");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> CalibrationTable.of(List.of(ScoredOutcome.of(0.5, WON)), 0))
        .withMessage("a calibration table needs at least one bin: 0");
  }
}
