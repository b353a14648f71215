package io.crmkit.scoring.predictive.evaluation;

import static io.crmkit.scoring.predictive.ObservationFixtures.history;
import static io.crmkit.scoring.predictive.ObservationFixtures.lost;
import static io.crmkit.scoring.predictive.ObservationFixtures.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.scoring.predictive.Feature;
import io.crmkit.scoring.predictive.FeatureSchema;
import io.crmkit.scoring.predictive.NaiveBayesTrainer;
import io.crmkit.scoring.predictive.Observation;
import io.crmkit.scoring.predictive.Outcome;
import io.crmkit.scoring.predictive.StratifiedFolds;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrossValidationTests {

  // ten won and forty lost, each with a distinct id so that folds can be compared
  private static final List<Observation> HISTORY =
      history(
          IntStream.range(0, 10).mapToObj(i -> won("id", i, "source", "web")).toList(),
          IntStream.range(10, 50)
              .mapToObj(i -> lost("id", i, "source", i % 4 == 0 ? "web" : "email"))
              .toList());

  @Test
  void dealsEveryObservationIntoExactlyOneStratifiedFold() {
    List<List<Observation>> folds = StratifiedFolds.deal(HISTORY, 5, 7);

    assertThat(folds).hasSize(5);
    assertThat(folds.stream().flatMap(Collection::stream).toList())
        .containsExactlyInAnyOrderElementsOf(HISTORY);
    assertThat(folds)
        .allSatisfy(
            fold -> {
              assertThat(fold).hasSize(10);
              assertThat(fold.stream().filter(o -> o.outcome() == Outcome.WON)).hasSize(2);
            });
  }

  @Test
  void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
    assertThat(StratifiedFolds.deal(HISTORY, 5, 7)).isEqualTo(StratifiedFolds.deal(HISTORY, 5, 7));
    assertThat(StratifiedFolds.deal(HISTORY, 5, 7))
        .isNotEqualTo(StratifiedFolds.deal(HISTORY, 5, 8));
  }

  @Test
  void evaluatesEachFoldWithAModelTrainedOnTheOthers() {
    FeatureSchema schema =
        FeatureSchema.of(Feature.numeric("id", 2), Feature.categorical("source"));
    List<Integer> trainingSizes = new ArrayList<>();
    NaiveBayesTrainer naiveBayes = NaiveBayesTrainer.of(schema).withMinimumSupport(1);

    CrossValidationResult result =
        CrossValidation.kFold(
            HISTORY,
            5,
            7,
            training -> {
              trainingSizes.add(training.size());
              return naiveBayes.train(training);
            });

    assertThat(trainingSizes).containsExactly(40, 40, 40, 40, 40);
    assertThat(result.folds()).hasSize(5);
    assertThat(result.folds()).allSatisfy(fold -> assertThat(fold.count()).isEqualTo(10));
    assertThat(result.meanAuc())
        .isCloseTo(
            result.folds().stream().mapToDouble(Evaluation::auc).average().orElseThrow(),
            within(1e-12));
    assertThat(result.meanAuc()).isGreaterThan(0.5);
  }

  @Test
  void reportsTheSampleStandardDeviation() {
    Evaluation low = evaluationWithAuc(0.5);
    Evaluation high = evaluationWithAuc(1.0);

    CrossValidationResult result = new CrossValidationResult(List.of(low, high));

    assertThat(result.meanAuc()).isEqualTo(0.75);
    assertThat(result.aucStandardDeviation()).isCloseTo(Math.sqrt(0.125), within(1e-12));
  }

  @Test
  void rejectsTooFewFoldsOrObservations() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StratifiedFolds.deal(HISTORY, 1, 7))
        .withMessage("cross-validation needs at least 2 folds: 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> StratifiedFolds.deal(HISTORY, 11, 7))
        .withMessage(
            "11 folds need at least 11 won and 11 lost observations: got 10 won and 40 lost");
  }

  private static Evaluation evaluationWithAuc(double auc) {
    List<ScoredOutcome> scored =
        auc == 1.0
            ? List.of(ScoredOutcome.of(0.9, Outcome.WON), ScoredOutcome.of(0.1, Outcome.LOST))
            : List.of(ScoredOutcome.of(0.5, Outcome.WON), ScoredOutcome.of(0.5, Outcome.LOST));
    return Evaluation.of(scored);
  }
}
