package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.ValidationException;
import io.crmkit.scoring.predictive.evaluation.Evaluation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTests {

  /** Four copies of one feature: naive Bayes counts its evidence four times over. */
  private static final FeatureSchema COPIES =
      FeatureSchema.of(
          Feature.categorical("a"),
          Feature.categorical("b"),
          Feature.categorical("c"),
          Feature.categorical("d"));

  /** Leads whose one signal (hot: 70% won, cold: 30%) is repeated in four features. */
  private static List<Observation> repeatedSignal(int count, long seed) {
    Random random = new Random(seed);
    List<Observation> history = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      boolean hot = random.nextBoolean();
      String value = hot ? "hot" : "cold";
      boolean won = random.nextDouble() < (hot ? 0.7 : 0.3);
      history.add(
          Observation.of(
              ObservationFixtures.features("a", value, "b", value, "c", value, "d", value),
              won ? Outcome.WON : Outcome.LOST));
    }
    return history;
  }

  @Test
  void plattScalingUndoesEvidenceCountedFourTimes() {
    List<Observation> history = repeatedSignal(4_000, 1);
    List<Observation> future = repeatedSignal(4_000, 2);

    NaiveBayesModel raw = NaiveBayesTrainer.of(COPIES).train(history);
    CalibratedModel calibrated =
        CalibratedTrainer.of(NaiveBayesTrainer.of(COPIES), Calibration.Method.PLATT).train(history);

    PlattScaling platt = (PlattScaling) calibrated.calibration();
    assertThat(platt.slope()).isCloseTo(0.25, within(0.05));
    Map<String, FeatureValue> hot =
        ObservationFixtures.features("a", "hot", "b", "hot", "c", "hot", "d", "hot");
    assertThat(raw.predict(hot).probability()).isGreaterThan(0.95);
    assertThat(calibrated.predict(hot).probability()).isCloseTo(0.7, within(0.03));
    assertThat(Evaluation.of(calibrated, future).brierScore())
        .isLessThan(Evaluation.of(raw, future).brierScore());
  }

  @Test
  void isotonicCalibrationMatchesTheObservedRates() {
    List<Observation> history = repeatedSignal(4_000, 3);

    CalibratedModel calibrated =
        CalibratedTrainer.of(NaiveBayesTrainer.of(COPIES), Calibration.Method.ISOTONIC)
            .onHeldOut(0.5)
            .train(history);

    Map<String, FeatureValue> cold =
        ObservationFixtures.features("a", "cold", "b", "cold", "c", "cold", "d", "cold");
    assertThat(calibrated.predict(cold).probability()).isCloseTo(0.3, within(0.04));
    assertThat(((IsotonicCalibration) calibrated.calibration()).points()).hasSize(2);
  }

  @Test
  void keepsTheExplanationAddingUpToTheCalibratedLogOdds() {
    CalibratedModel calibrated =
        CalibratedTrainer.of(NaiveBayesTrainer.of(COPIES), Calibration.Method.ISOTONIC)
            .train(repeatedSignal(1_000, 4));
    Map<String, FeatureValue> partly = ObservationFixtures.features("a", "hot", "b", "cold");

    Prediction raw = calibrated.base().predict(partly);
    Prediction prediction = calibrated.predict(partly);

    double p = prediction.probability();
    assertThat(prediction.logOdds()).isCloseTo(Math.log(p / (1 - p)), within(1e-9));
    assertThat(prediction.contributions())
        .extracting(Contribution::feature)
        .containsExactlyElementsOf(
            raw.contributions().stream().map(Contribution::feature).toList());
  }

  @Test
  void plattScalesEveryContributionByItsSlope() {
    PlattScaling platt = new PlattScaling(0.5, -1);
    Prediction raw =
        Prediction.fromLogOdds(
            2, List.of(new Contribution("a", "hot", 4), new Contribution("b", "web", -2)));

    Prediction calibrated = platt.calibrate(raw);

    assertThat(calibrated.baseline()).isEqualTo(0);
    assertThat(calibrated.contributions())
        .containsExactly(new Contribution("a", "hot", 2), new Contribution("b", "web", -1));
    assertThat(calibrated.logOdds()).isEqualTo(platt.logOdds(raw.logOdds()));
  }

  @Test
  void isotonicFitPoolsViolatorsAndSharesTiedScores() {
    IsotonicCalibration fitted =
        IsotonicCalibration.fit(
            new double[] {-2, -1, -1, 0, 1, 2},
            new boolean[] {false, true, false, false, true, true});

    // -2 lost; the tied -1 (one won, one lost) and 0 (lost) pool to 1/3; 1 and 2 won
    assertThat(fitted.points())
        .extracting(IsotonicCalibration.Point::probability)
        .containsExactly(1.0 / 12, 1.0 / 3, 1 - 1.0 / 12);
    assertThat(fitted.logOdds(-5)).isEqualTo(fitted.logOdds(-2));
  }

  @Test
  void restoresACalibratedModelFromItsDocument() {
    List<Observation> history = repeatedSignal(500, 5);
    for (Calibration.Method method : Calibration.Method.values()) {
      CalibratedModel trained =
          CalibratedTrainer.of(LogisticRegressionTrainer.of(COPIES), method).train(history);

      PredictiveModel restored = PredictiveModel.fromJson(trained.toJson());

      assertThat(restored).isInstanceOf(CalibratedModel.class);
      assertThat(((CalibratedModel) restored).calibration()).isEqualTo(trained.calibration());
      Map<String, FeatureValue> hot = ObservationFixtures.features("a", "hot", "c", "cold");
      assertThat(restored.predict(hot)).isEqualTo(trained.predict(hot));
    }
  }

  @Test
  void refusesACalibrationThatIsNotMonotoneNamingThePoint() {
    String json =
        CalibratedTrainer.of(NaiveBayesTrainer.of(COPIES), Calibration.Method.PLATT)
            .train(repeatedSignal(500, 6))
            .toJson();

    assertThatThrownBy(
            () -> ModelDocument.read(json.replaceFirst("\"slope\" : [^,]+", "\"slope\" : -1")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("model.calibration.slope")
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> ModelDocument.read(json.replace("\"platt\"", "\"spline\"")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("model.calibration.method")
        .hasMessageContaining("'platt' or 'isotonic'");
  }

  @Test
  void rejectsSettingsWithTheirValues() {
    CalibratedTrainer trainer =
        CalibratedTrainer.of(NaiveBayesTrainer.of(COPIES), Calibration.Method.PLATT);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> trainer.byCrossValidation(1))
        .withMessage("calibration needs at least 2 folds: 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> trainer.onHeldOut(1.0))
        .withMessage("held-out fraction must be in (0, 1): 1.0");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                IsotonicCalibration.of(
                    List.of(
                        new IsotonicCalibration.Point(0, 0.6),
                        new IsotonicCalibration.Point(1, 0.4))))
        .withMessage("isotonic point 1: probability must not descend: 0.4");
  }
}
