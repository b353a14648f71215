package io.crmkit.scoring.predictive;

import static io.crmkit.scoring.predictive.ObservationFixtures.features;
import static io.crmkit.scoring.predictive.ObservationFixtures.history;
import static io.crmkit.scoring.predictive.ObservationFixtures.lost;
import static io.crmkit.scoring.predictive.ObservationFixtures.times;
import static io.crmkit.scoring.predictive.ObservationFixtures.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionModelTests {

  private static final FeatureSchema SOURCE = FeatureSchema.of(Feature.categorical("source"));

  private static final List<Observation> BY_SOURCE =
      history(
          times(30, won("source", "web")),
          times(10, lost("source", "web")),
          times(10, won("source", "email")),
          times(30, lost("source", "email")));

  private static final LogisticRegressionTrainer TRAINER =
      LogisticRegressionTrainer.of(SOURCE).withMinimumSupport(1);

  @Test
  void recoversObservedRatesWhenThePenaltyIsNegligible() {
    LogisticRegressionModel model = TRAINER.withL2(1e-8).train(BY_SOURCE);

    assertThat(model.predict(features("source", "web")).probability())
        .isCloseTo(0.75, within(1e-6));
    assertThat(model.predict(features("source", "email")).probability())
        .isCloseTo(0.25, within(1e-6));
  }

  @Test
  void splitsASymmetricEffectEvenlyAroundAZeroIntercept() {
    LogisticRegressionModel model = TRAINER.train(BY_SOURCE);

    assertThat(model.intercept()).isCloseTo(0.0, within(1e-9));
    assertThat(model.coefficients().get("source=web"))
        .isCloseTo(-model.coefficients().get("source=email"), within(1e-9))
        .isPositive();
  }

  @Test
  void keepsCoefficientsFiniteOnSeparableHistories() {
    List<Observation> separable =
        history(times(20, won("source", "web")), times(20, lost("source", "email")));

    LogisticRegressionModel weak = TRAINER.train(separable);
    LogisticRegressionModel strong = TRAINER.withL2(10).train(separable);

    // at the optimum the penalty balances the log-loss gradient: w = 20 (1 - sigmoid(w)) / l2
    double w = weak.coefficients().get("source=web");
    double p = weak.predict(features("source", "web")).probability();
    assertThat(w).isCloseTo(20 * (1 - p), within(1e-6)).isBetween(2.0, 2.2);
    assertThat(weak.coefficients().get("source=email")).isCloseTo(-w, within(1e-9));
    assertThat(weak.intercept()).isCloseTo(0.0, within(1e-9));
    double strongW = strong.coefficients().get("source=web");
    double strongP = strong.predict(features("source", "web")).probability();
    assertThat(strongW).isCloseTo(20 * (1 - strongP) / 10, within(1e-6)).isLessThan(w);
  }

  @Test
  void explainsAPredictionByTheCoefficientsOfItsValues() {
    FeatureSchema schema =
        FeatureSchema.of(
            Feature.categorical("source"),
            Feature.ordinal("stage", List.of("new", "qualified", "proposal")));
    LogisticRegressionModel model =
        LogisticRegressionTrainer.of(schema)
            .withMinimumSupport(1)
            .train(
                history(
                    times(5, won("source", "web", "stage", "proposal")),
                    times(3, lost("source", "web", "stage", "qualified")),
                    times(2, won("source", "email", "stage", "qualified")),
                    times(6, lost("source", "email", "stage", "new"))));

    Prediction prediction = model.predict(features("source", "email", "stage", "proposal"));

    assertThat(model.coefficients())
        .containsOnlyKeys("source=email", "source=web", "stage>=qualified", "stage>=proposal");
    assertThat(prediction.baseline()).isEqualTo(model.intercept());
    assertThat(prediction.contributions())
        .extracting(Contribution::feature, Contribution::value, Contribution::logOdds)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "source", "email", model.coefficients().get("source=email")),
            org.assertj.core.groups.Tuple.tuple(
                "stage",
                "proposal",
                model.coefficients().get("stage>=qualified")
                    + model.coefficients().get("stage>=proposal")));
    assertThat(prediction.logOdds())
        .isCloseTo(
            Math.log(prediction.probability() / (1 - prediction.probability())), within(1e-9));
  }

  @Test
  void learnsTheSameModelFromTheSameHistory() {
    assertThat(TRAINER.train(BY_SOURCE).coefficients())
        .isEqualTo(TRAINER.train(BY_SOURCE).coefficients());
  }

  @Test
  void givesNoEvidenceForUnseenCategories() {
    Prediction prediction = TRAINER.train(BY_SOURCE).predict(features("source", "radio"));

    assertThat(prediction.contributions()).isEmpty();
    assertThat(prediction.probability()).isCloseTo(0.5, within(1e-9));
  }

  @Test
  void refusesHistoriesItCannotLearnFrom() {
    assertThatThrownBy(() -> TRAINER.train(List.of()))
        .isInstanceOf(InsufficientHistoryException.class);
    assertThatThrownBy(() -> TRAINER.train(times(2, lost("source", "web"))))
        .isInstanceOf(InsufficientHistoryException.class)
        .hasMessageEndingWith("the history has 0 won and 2 lost");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TRAINER.train(List.of(won("source", "web"), lost("source", 4))))
        .withMessage(
            "observation 1: feature 'source' is categorical, but its value is the number 4.0");
  }

  @Test
  void rejectsInvalidSettings() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TRAINER.withL2(0))
        .withMessage("l2 penalty must be positive and finite: 0.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TRAINER.withL2(Double.NaN))
        .withMessage("l2 penalty must be positive and finite: NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TRAINER.withMaxIterations(0))
        .withMessage("max iterations must be at least 1: 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> TRAINER.withTolerance(-1))
        .withMessage("tolerance must be positive and finite: -1.0");
  }
}
