package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ModelDocumentTests {

  private static final FeatureSchema SCHEMA =
      FeatureSchema.of(
          Feature.categorical("source"),
          Feature.ordinal("stage", List.of("new", "qualified", "proposal")),
          Feature.numeric("amount", 3));

  private static final List<Observation> HISTORY = history();

  private static final String LOGISTIC =
      LogisticRegressionTrainer.of(SCHEMA).withMinimumSupport(1).train(HISTORY).toJson();

  private static final String BAYES =
      NaiveBayesTrainer.of(SCHEMA).withMinimumSupport(1).train(HISTORY).toJson();

  @Test
  void namesItsFormatVersionAndChecksum() {
    assertThat(LOGISTIC)
        .contains("\"format\" : \"crmkit.predictive-model\"")
        .contains("\"version\" : 1")
        .containsPattern("\"checksum\" : \"sha256:[0-9a-f]{64}\"")
        .contains("\"type\" : \"logisticRegression\"");
    assertThat(BAYES).contains("\"type\" : \"naiveBayes\"");
  }

  @Test
  void restoresTheCoefficientsAndEvidenceItWasGiven() {
    LogisticRegressionModel trained =
        LogisticRegressionTrainer.of(SCHEMA).withMinimumSupport(1).train(HISTORY);
    NaiveBayesModel bayes = NaiveBayesTrainer.of(SCHEMA).withMinimumSupport(1).train(HISTORY);

    LogisticRegressionModel restored =
        (LogisticRegressionModel) PredictiveModel.fromJson(trained.toJson());
    NaiveBayesModel restoredBayes = (NaiveBayesModel) ModelDocument.read(bayes.toJson());

    assertThat(restored.coefficients()).isEqualTo(trained.coefficients()).isNotEmpty();
    assertThat(restored.intercept()).isEqualTo(trained.intercept());
    assertThat(restoredBayes.priorLogOdds()).isEqualTo(bayes.priorLogOdds());
    assertThat(restoredBayes.logLikelihoodRatio("source", "web"))
        .isEqualTo(bayes.logLikelihoodRatio("source", "web"));
  }

  @Test
  void refusesADocumentOfAnotherVersion() {
    assertRefused(
        () -> ModelDocument.read(LOGISTIC.replace("\"version\" : 1", "\"version\" : 2")),
        "version",
        "reads version 1");
    assertRefused(
        () -> ModelDocument.read(LOGISTIC.replace("crmkit.predictive-model", "other")),
        "format",
        "must be");
  }

  @Test
  void refusesACoefficientChangedWithoutItsChecksum() {
    String tampered = changeFirst(LOGISTIC, "\"coefficient\" : ");
    String bayes = changeFirst(BAYES, "\"logLikelihoodRatio\" : ");

    assertRefused(() -> ModelDocument.read(tampered), "checksum", "does not match the model");
    assertRefused(() -> ModelDocument.read(bayes), "checksum", "does not match the model");
  }

  @Test
  void refusesAnInvalidStructureNamingTheField() {
    assertRefused(
        () -> ModelDocument.read(LOGISTIC.replace("\"intercept\"", "\"bias\"")),
        "model.bias",
        "is not a field");
    assertRefused(
        () -> ModelDocument.read(LOGISTIC.replace("\"value\" : \"proposal\"", "\"value\" : \"x\"")),
        "model.coefficients[",
        "is not a level of the feature");
    assertRefused(
        () -> ModelDocument.read(LOGISTIC.replace("\"type\" : \"numeric\"", "\"type\" : \"x\"")),
        "model.features[2].type",
        "must be categorical");
    assertRefused(
        () -> ModelDocument.read(LOGISTIC.replace("\"feature\" : \"amount\"", "\"feature\" : 7")),
        "model.bins[0].feature",
        "must be a string");
    assertRefused(() -> ModelDocument.read("[1, 2]"), "document", "must be a JSON object");
    assertRefused(() -> ModelDocument.read("{\"format\""), "format", "is not read");
  }

  @Test
  void refusesInvalidValuesNamingTheField() {
    String cutsOutOfOrder =
        LOGISTIC.replaceFirst("\"cuts\" : \\[ ([^,\\]]+), ([^\\]]+) \\]", "\"cuts\" : [ $2, $1 ]");
    assertThat(cutsOutOfOrder).isNotEqualTo(LOGISTIC);

    assertRefused(() -> ModelDocument.read(cutsOutOfOrder), "model.bins[0].cuts[1]", "must exceed");
    assertRefused(
        () ->
            ModelDocument.read(
                LOGISTIC.replaceFirst("\"intercept\" : [^,]+", "\"intercept\" : 1e7")),
        "model.intercept",
        "at most");
  }

  @Test
  void refusesHugeNumbersDeepNestingAndHugeStringsWithShortMessages() {
    String huge = "1" + "0".repeat(200);
    String deep = "[".repeat(1_000) + "]".repeat(1_000);
    String longName = "x".repeat(100_000);

    assertRefused(
        () ->
            ModelDocument.read(
                LOGISTIC.replaceFirst("\"intercept\" : [^,]+", "\"intercept\" : 1e400")),
        "model.intercept",
        "outside the range of a double");
    assertRefused(
        () ->
            ModelDocument.read(
                LOGISTIC.replaceFirst("\"intercept\" : [^,]+", "\"intercept\" : 1e-999999999")),
        "model.intercept",
        "outside the range of a double");
    assertRefused(
        () ->
            ModelDocument.read(
                LOGISTIC.replaceFirst("\"intercept\" : [^,]+", "\"intercept\" : " + huge)),
        "model.intercept",
        "is not read");
    assertRefused(
        () ->
            ModelDocument.read(
                LOGISTIC.replace("\"type\" : \"logisticRegression\"", "\"type\" : " + deep)),
        "model.type",
        "is not read");
    assertRefused(
        () ->
            ModelDocument.read(
                LOGISTIC.replace("\"name\" : \"source\"", "\"name\" : \"" + longName + "\"")),
        "model.features[0].name",
        "is not read");
    assertRefused(
        () -> ModelDocument.read(" ".repeat(ModelDocument.MAX_LENGTH + 1)),
        "document",
        "is longer than");
  }

  @Test
  void refusesToWriteAModelItDidNotMake() {
    PredictiveModel foreign =
        new PredictiveModel() {
          @Override
          public FeatureSchema schema() {
            return SCHEMA;
          }

          @Override
          public Prediction predict(Map<String, FeatureValue> features) {
            return new Prediction(0.5, 0, List.of());
          }
        };

    assertThatThrownBy(foreign::toJson)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot write a model of type");
  }

  private static void assertRefused(ThrowingCallable read, String field, String reason) {
    assertThatThrownBy(read)
        .isInstanceOfSatisfying(
            ValidationException.class,
            refused -> {
              assertThat(refused.getMessage()).hasSizeLessThan(400);
              assertThat(refused.errors())
                  .anySatisfy(
                      (FieldError error) -> {
                        assertThat(error.field()).startsWith(field);
                        assertThat(error.reason()).contains(reason);
                      });
            });
  }

  /** Changes the last digit before the first comma after {@code key}. */
  private static String changeFirst(String json, String key) {
    int start = json.indexOf(key) + key.length();
    int end = start;
    while (end < json.length() && "-0123456789.Ee".indexOf(json.charAt(end)) >= 0) {
      end++;
    }
    char last = json.charAt(end - 1);
    char other = last == '1' ? '2' : '1';
    String changed = json.substring(0, end - 1) + other + json.substring(end);
    assertThat(changed).isNotEqualTo(json);
    return changed;
  }

  private static List<Observation> history() {
    List<String> sources = List.of("web", "email", "fair");
    List<String> stages = List.of("new", "qualified", "proposal");
    List<Observation> history = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      boolean won = i % 3 == 0 || i % 7 == 0;
      history.add(
          Observation.of(
              Map.of(
                  "source", FeatureValue.of(sources.get(i % 3)),
                  "stage", FeatureValue.of(stages.get(i % 3 == 0 ? 2 : i % 2)),
                  "amount", FeatureValue.of(100.0 * (i % 9))),
              won ? Outcome.WON : Outcome.LOST,
              Instant.parse("2026-01-01T00:00:00Z").plusSeconds(i)));
    }
    return history;
  }
}
