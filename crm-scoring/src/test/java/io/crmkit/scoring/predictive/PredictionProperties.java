package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PredictionProperties {

  private static final List<String> SOURCES = List.of("web", "email", "fair");
  private static final List<String> STAGES = List.of("new", "qualified", "proposal", "won");

  private static final FeatureSchema SCHEMA =
      FeatureSchema.of(
          Feature.categorical("source"),
          Feature.ordinal("stage", STAGES),
          Feature.numeric("amount", 4),
          Feature.interaction("sourceByStage", "source", "stage"));

  private static final Gen<Observation> OBSERVATIONS =
      integers()
          .between(0, SOURCES.size()) // SOURCES.size() stands for "no source"
          .zip(
              integers().between(0, STAGES.size() - 1),
              doubles().between(0, 10_000),
              booleans().all(),
              PredictionProperties::observation);

  private static final Gen<List<Observation>> HISTORIES =
      lists()
          .of(OBSERVATIONS)
          .ofSizeBetween(2, 80)
          .assuming(
              history ->
                  history.stream().anyMatch(o -> o.outcome() == Outcome.WON)
                      && history.stream().anyMatch(o -> o.outcome() == Outcome.LOST));

  private static Observation observation(int source, int stage, double amount, boolean won) {
    Map<String, FeatureValue> features = new HashMap<>();
    if (source < SOURCES.size()) {
      features.put("source", FeatureValue.of(SOURCES.get(source)));
    }
    features.put("stage", FeatureValue.of(STAGES.get(stage)));
    features.put("amount", FeatureValue.of(amount));
    return Observation.of(
        features, won ? Outcome.WON : Outcome.LOST, Instant.parse("2026-01-01T00:00:00Z"));
  }

  private static final List<ModelTrainer> TRAINERS =
      List.of(
          NaiveBayesTrainer.of(SCHEMA).withMinimumSupport(1),
          NaiveBayesTrainer.of(SCHEMA),
          LogisticRegressionTrainer.of(SCHEMA).withMinimumSupport(1),
          LogisticRegressionTrainer.of(SCHEMA).withL2(0.1));

  @Test
  void probabilitiesAreStrictlyBetweenZeroAndOne() {
    qt().withExamples(150)
        .forAll(HISTORIES)
        .checkAssert(
            history -> {
              for (ModelTrainer trainer : TRAINERS) {
                PredictiveModel model = trainer.train(history);
                for (Observation observation : history) {
                  assertThat(model.predict(observation.features()).probability())
                      .isStrictlyBetween(0.0, 1.0);
                }
              }
            });
  }

  @Test
  void baselinePlusContributionsIsTheLogitOfTheProbability() {
    qt().withExamples(150)
        .forAll(HISTORIES)
        .checkAssert(
            history -> {
              for (ModelTrainer trainer : TRAINERS) {
                PredictiveModel model = trainer.train(history);
                for (Observation observation : history) {
                  Prediction prediction = model.predict(observation.features());
                  double p = prediction.probability();
                  double sum =
                      prediction.baseline()
                          + prediction.contributions().stream()
                              .mapToDouble(Contribution::logOdds)
                              .sum();
                  assertThat(Math.log(p / (1 - p))).isCloseTo(sum, within(1e-6));
                }
              }
            });
  }

  @Test
  void contributionsComeLargestEffectFirst() {
    qt().withExamples(100)
        .forAll(HISTORIES)
        .checkAssert(
            history -> {
              for (ModelTrainer trainer : TRAINERS) {
                PredictiveModel model = trainer.train(history);
                for (Observation observation : history) {
                  List<Contribution> contributions =
                      model.predict(observation.features()).contributions();
                  assertThat(contributions)
                      .extracting(c -> Math.abs(c.logOdds()))
                      .isSortedAccordingTo((a, b) -> Double.compare(b, a));
                }
              }
            });
  }
}
