package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PredictionTests {

  @Test
  void addsContributionsToTheBaselineAndSortsThemByEffect() {
    Prediction prediction =
        Prediction.fromLogOdds(
            -1.0,
            List.of(
                new Contribution("region", "north", 0.25),
                new Contribution("source", "web", -2.0),
                new Contribution("stage", "proposal", 1.5),
                new Contribution("amount", ">= 100", 0.25)));

    assertThat(prediction.logOdds()).isCloseTo(-1.0, within(1e-15));
    assertThat(prediction.probability()).isCloseTo(1 / (1 + Math.E), within(1e-15));
    assertThat(prediction.contributions())
        .extracting(Contribution::feature)
        .containsExactly("source", "stage", "amount", "region");
  }

  @Test
  void staysPreciseForLargeLogOdds() {
    assertThat(Prediction.fromLogOdds(-30, List.of()).probability())
        .isCloseTo(Math.exp(-30), within(1e-25))
        .isPositive();
  }

  @Test
  void rejectsInvalidParts() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Prediction(1.2, 0, List.of()))
        .withMessage("probability must be in [0, 1]: 1.2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Prediction(0.5, Double.NaN, List.of()))
        .withMessage("baseline log-odds must be finite: NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Contribution("source", "web", Double.POSITIVE_INFINITY))
        .withMessage("contribution of 'source' must be finite: Infinity");
  }
}
