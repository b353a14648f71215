package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.fixtures.FuzzReport;
import io.crmkit.core.fixtures.HostileNumbers;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * A model restored from its document predicts and explains exactly as the model saved, whatever it
 * was trained on; a document whose numbers were replaced by any text or decimal is refused by the
 * library with a short message naming the field, never read as another model.
 */
class ModelDocumentProperties {

  private static final FuzzReport REPORT = FuzzReport.of(ModelDocumentProperties.class);

  private static final List<String> SOURCES = List.of("web", "email", "fair", "partner");
  private static final List<String> STAGES = List.of("new", "qualified", "proposal", "won");

  private static final FeatureSchema SCHEMA =
      FeatureSchema.of(
          Feature.categorical("source"),
          Feature.ordinal("stage", STAGES),
          Feature.numeric("amount", 5),
          Feature.numeric("calls", 3),
          Feature.interaction("sourceByStage", "source", "stage"));

  private static final Gen<Observation> OBSERVATIONS =
      integers()
          .between(0, SOURCES.size()) // SOURCES.size() stands for "no source"
          .zip(
              integers().between(0, STAGES.size()), // STAGES.size() stands for "no stage"
              doubles().between(-1_000, 1_000_000),
              // calls and outcome in one: the even ones lost, the odd ones won
              integers().between(0, 25),
              ModelDocumentProperties::observation);

  private static final Gen<List<Observation>> HISTORIES =
      lists()
          .of(OBSERVATIONS)
          .ofSizeBetween(2, 60)
          .assuming(
              history ->
                  history.stream().anyMatch(o -> o.outcome() == Outcome.WON)
                      && history.stream().anyMatch(o -> o.outcome() == Outcome.LOST));

  private static final Gen<ModelTrainer> TRAINERS =
      integers()
          .between(0, 3)
          .zip(
              integers().between(1, 6),
              (kind, support) ->
                  switch (kind) {
                    case 0 -> NaiveBayesTrainer.of(SCHEMA).withMinimumSupport(support);
                    case 1 -> NaiveBayesTrainer.of(SCHEMA).withSmoothing(support / 4.0);
                    case 2 -> LogisticRegressionTrainer.of(SCHEMA).withMinimumSupport(support);
                    default ->
                        LogisticRegressionTrainer.of(SCHEMA)
                            .withMinimumSupport(support)
                            .withL2(support / 10.0);
                  });

  private static final Pattern WEIGHT =
      Pattern.compile("\"(coefficient|logLikelihoodRatio|intercept|prior)\" : (-?[0-9.Ee+-]+)");

  @AfterAll
  static void writeReport() {
    REPORT.write();
  }

  @Test
  void aRestoredModelPredictsAndExplainsExactlyAsTheModelSaved() {
    FuzzReport report = REPORT.part();
    qt().withExamples(200)
        .forAll(HISTORIES, TRAINERS, lists().of(OBSERVATIONS).ofSizeBetween(1, 20))
        .checkAssert(
            (history, trainer, inputs) -> {
              PredictiveModel model = trainer.train(history);
              report.check(
                  model,
                  () -> {
                    String json = model.toJson();
                    PredictiveModel restored = PredictiveModel.fromJson(json);
                    assertThat(restored.getClass()).isEqualTo(model.getClass());
                    assertThat(restored.schema()).isEqualTo(model.schema());
                    assertThat(restored.toString()).isEqualTo(model.toString());
                    assertThat(restored.toJson()).isEqualTo(json);
                    for (Observation input : inputs) {
                      // records compare doubles bit for bit: equal means identical
                      assertThat(restored.predict(input.features()))
                          .isEqualTo(model.predict(input.features()));
                    }
                  });
            });
    report.assertNoFailures();
  }

  @Test
  void aDocumentWithAnyNumberPutInPlaceOfAWeightIsRefusedWithAShortMessage() {
    FuzzReport report = REPORT.part();
    qt().withExamples(300)
        .forAll(HISTORIES, TRAINERS, HostileNumbers.texts(), HostileNumbers.decimals())
        .checkAssert(
            (history, trainer, text, decimal) -> {
              String json = trainer.train(history).toJson();
              for (String replacement : List.of(text, decimal.toString())) {
                String tampered = replaceFirstWeight(json, replacement);
                report.attempt(
                    replacement,
                    () -> {
                      PredictiveModel read = PredictiveModel.fromJson(tampered);
                      // only the very same number may read, and then it is the same model
                      assertThat(read.toJson()).isEqualTo(json);
                      return read;
                    });
              }
            });
    report.assertNoFailures();
  }

  private static String replaceFirstWeight(String json, String replacement) {
    Matcher weight = WEIGHT.matcher(json);
    if (!weight.find()) {
      throw new AssertionError("no weight in " + json);
    }
    return json.substring(0, weight.start(2)) + replacement + json.substring(weight.end(2));
  }

  private static Observation observation(int source, int stage, double amount, int callsAndWon) {
    int calls = callsAndWon / 2;
    boolean won = callsAndWon % 2 == 1;
    Map<String, FeatureValue> features = new HashMap<>();
    if (source < SOURCES.size()) {
      features.put("source", FeatureValue.of(SOURCES.get(source)));
    }
    if (stage < STAGES.size()) {
      features.put("stage", FeatureValue.of(STAGES.get(stage)));
    }
    features.put("amount", FeatureValue.of(amount));
    features.put("calls", FeatureValue.of(calls));
    return Observation.of(
        features, won ? Outcome.WON : Outcome.LOST, Instant.parse("2026-01-01T00:00:00Z"));
  }
}
