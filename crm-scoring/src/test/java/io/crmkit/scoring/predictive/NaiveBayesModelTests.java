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

class NaiveBayesModelTests {

  private static final FeatureSchema SOURCE = FeatureSchema.of(Feature.categorical("source"));

  // web: 3 won, 1 lost; email: 1 won, 3 lost
  private static final List<Observation> BY_SOURCE =
      history(
          times(3, won("source", "web")),
          times(1, lost("source", "web")),
          times(1, won("source", "email")),
          times(3, lost("source", "email")));

  private static final NaiveBayesTrainer LAPLACE =
      NaiveBayesTrainer.of(SOURCE).withSmoothing(1).withMinimumSupport(1);

  @Test
  void scoresAValueByItsSmoothedWonAndLostCounts() {
    NaiveBayesModel model = LAPLACE.train(BY_SOURCE);

    // P(web | won) = (3 + 1) / (4 + 2), P(web | lost) = (1 + 1) / (4 + 2): ratio 2
    assertThat(model.priorLogOdds()).isEqualTo(0.0);
    assertThat(model.logLikelihoodRatio("source", "web").getAsDouble())
        .isCloseTo(Math.log(2), within(1e-12));
    assertThat(model.logLikelihoodRatio("source", "email").getAsDouble())
        .isCloseTo(-Math.log(2), within(1e-12));
    Prediction web = model.predict(features("source", "web"));
    assertThat(web.probability()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(web.baseline()).isEqualTo(0.0);
    assertThat(web.contributions())
        .singleElement()
        .satisfies(
            contribution -> {
              assertThat(contribution.feature()).isEqualTo("source");
              assertThat(contribution.value()).isEqualTo("web");
              assertThat(contribution.logOdds()).isCloseTo(Math.log(2), within(1e-12));
            });
  }

  @Test
  void startsFromThePriorLogOddsOfTheHistory() {
    NaiveBayesModel model = LAPLACE.train(history(BY_SOURCE, times(4, won("source", "web"))));

    assertThat(model.priorLogOdds()).isCloseTo(Math.log(8.0 / 4), within(1e-12));
    assertThat(model.predict(features()).probability()).isCloseTo(8.0 / 12, within(1e-12));
  }

  @Test
  void ignoresValuesBelowTheMinimumSupportAndUnseenValues() {
    NaiveBayesModel model =
        LAPLACE.withMinimumSupport(3).train(history(BY_SOURCE, List.of(won("source", "fair"))));

    assertThat(model.logLikelihoodRatio("source", "fair")).isEmpty();
    assertThat(model.predict(features("source", "fair")).contributions()).isEmpty();
    assertThat(model.predict(features("source", "radio")).contributions()).isEmpty();
    assertThat(model.logLikelihoodRatio("source", "web")).isPresent();
  }

  @Test
  void countsAnOrdinalValueAsReachingEveryLevelBelowIt() {
    FeatureSchema schema =
        FeatureSchema.of(Feature.ordinal("stage", List.of("new", "qualified", "proposal")));
    NaiveBayesModel model =
        NaiveBayesTrainer.of(schema)
            .withSmoothing(1)
            .withMinimumSupport(1)
            .train(
                history(
                    times(2, won("stage", "proposal")),
                    List.of(lost("stage", "new"), lost("stage", "qualified"))));

    // reached by won: new 2, qualified 2, proposal 2 of 2; by lost: new 2, qualified 1, proposal 0
    assertThat(model.logLikelihoodRatio("stage", "new").getAsDouble())
        .isCloseTo(0.0, within(1e-12));
    assertThat(model.logLikelihoodRatio("stage", "qualified").getAsDouble())
        .isCloseTo(Math.log((3.0 / 4) / (2.0 / 4)), within(1e-12));
    assertThat(model.logLikelihoodRatio("stage", "proposal").getAsDouble())
        .isCloseTo(Math.log((3.0 / 4) / (1.0 / 4)), within(1e-12));
  }

  @Test
  void binsNumbersByQuantilesOfTheHistory() {
    FeatureSchema schema = FeatureSchema.of(Feature.numeric("calls", 2));
    NaiveBayesModel model =
        NaiveBayesTrainer.of(schema)
            .withMinimumSupport(1)
            .train(List.of(lost("calls", 1), lost("calls", 2), won("calls", 8), won("calls", 9)));

    Prediction many = model.predict(features("calls", 50));
    assertThat(many.contributions())
        .singleElement()
        .satisfies(
            contribution -> {
              assertThat(contribution.value()).isEqualTo(">= 8");
              assertThat(contribution.logOdds()).isCloseTo(Math.log(3), within(1e-12));
            });
    assertThat(many.probability()).isGreaterThan(0.5);
  }

  @Test
  void listsContributionsLargestEffectFirst() {
    FeatureSchema schema =
        FeatureSchema.of(Feature.categorical("source"), Feature.categorical("region"));
    NaiveBayesModel model =
        NaiveBayesTrainer.of(schema)
            .withMinimumSupport(1)
            .train(
                history(
                    times(1, won("source", "web", "region", "north")),
                    times(1, lost("source", "web", "region", "south")),
                    times(4, won("source", "fair", "region", "south")),
                    times(2, lost("source", "email", "region", "north"))));

    Prediction prediction = model.predict(features("source", "fair", "region", "north"));

    assertThat(prediction.contributions())
        .extracting(Contribution::feature)
        .containsExactly("source", "region");
    assertThat(Math.abs(prediction.contributions().get(0).logOdds()))
        .isGreaterThan(Math.abs(prediction.contributions().get(1).logOdds()));
  }

  @Test
  void refusesAnEmptyHistory() {
    assertThatThrownBy(() -> LAPLACE.train(List.of()))
        .isInstanceOf(InsufficientHistoryException.class)
        .hasMessage(
            "no closed history to train on: a predictive model needs won and lost observations");
  }

  @Test
  void refusesAHistoryWithOnlyOneOutcome() {
    assertThatThrownBy(() -> LAPLACE.train(times(3, won("source", "web"))))
        .isInstanceOf(InsufficientHistoryException.class)
        .hasMessage(
            "a predictive model needs both won and lost observations, but the history has 3 won"
                + " and 0 lost")
        .satisfies(e -> assertThat(((InsufficientHistoryException) e).won()).isEqualTo(3));
  }

  @Test
  void refusesObservationsWithUnknownFeatures() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LAPLACE.train(List.of(won("source", "web"), lost("region", "north"))))
        .withMessage("observation 1: unknown feature 'region': the schema has [source]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LAPLACE.train(BY_SOURCE).predict(features("region", "north")))
        .withMessage("unknown feature 'region': the schema has [source]");
  }

  @Test
  void rejectsNaNBeforeItReachesATrainer() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> won("amount", Double.NaN))
        .withMessage("numeric feature value must be finite: NaN");
  }

  @Test
  void rejectsInvalidSettings() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LAPLACE.withSmoothing(0))
        .withMessage("smoothing must be positive and finite: 0.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> LAPLACE.withMinimumSupport(0))
        .withMessage("minimum support must be at least 1: 0");
  }
}
