package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LinearFeatureTests {

  private static final FeatureSchema BOTH =
      FeatureSchema.of(Feature.numeric("calls", 4), Feature.linear("callsLinear"));

  /** Leads whose chance of winning rises steadily with their number of calls, 0 to 20. */
  private static List<Observation> risingWithCalls(long seed) {
    Random random = new Random(seed);
    List<Observation> history = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) {
      int calls = random.nextInt(21);
      boolean won = random.nextDouble() < 0.1 + 0.04 * calls;
      history.add(
          Observation.of(
              Map.of("calls", FeatureValue.of(calls), "callsLinear", FeatureValue.of(calls)),
              won ? Outcome.WON : Outcome.LOST));
    }
    return history;
  }

  @Test
  void learnsOneCoefficientPerStandardDeviationOfARisingRate() {
    FeatureSchema linear = FeatureSchema.of(Feature.linear("callsLinear"));

    List<Observation> history =
        risingWithCalls(1).stream()
            .map(
                observation ->
                    Observation.of(
                        Map.of("callsLinear", observation.features().get("callsLinear")),
                        observation.outcome()))
            .toList();

    LogisticRegressionModel model = LogisticRegressionTrainer.of(linear).train(history);

    assertThat(model.coefficients()).containsOnlyKeys("callsLinear");
    assertThat(model.coefficients().get("callsLinear")).isGreaterThan(0.5);
    Prediction many = model.predict(Map.of("callsLinear", FeatureValue.of(18)));
    Prediction few = model.predict(Map.of("callsLinear", FeatureValue.of(2)));
    assertThat(many.probability()).isGreaterThan(0.75);
    assertThat(few.probability()).isLessThan(0.3);
    assertThat(many.contributions())
        .containsExactly(new Contribution("callsLinear", "18", many.logOdds() - many.baseline()));
  }

  @Test
  void readsANumberBinnedAndLinearAtOnceAndRestoresBoth() {
    LogisticRegressionModel model = LogisticRegressionTrainer.of(BOTH).train(risingWithCalls(2));
    Map<String, FeatureValue> lead =
        Map.of("calls", FeatureValue.of(7), "callsLinear", FeatureValue.of(7));

    PredictiveModel restored = PredictiveModel.fromJson(model.toJson());

    assertThat(model.coefficients()).containsKey("callsLinear").hasSizeGreaterThan(2);
    assertThat(model.predict(lead).contributions())
        .extracting(Contribution::feature)
        .containsExactlyInAnyOrder("calls", "callsLinear");
    assertThat(restored.predict(lead)).isEqualTo(model.predict(lead));
  }

  @Test
  void refusesAScaleThatIsNotPositiveNamingTheField() {
    String json = LogisticRegressionTrainer.of(BOTH).train(risingWithCalls(3)).toJson();

    assertThatThrownBy(
            () ->
                ModelDocument.read(
                    json.replaceFirst("\"deviation\" : [^\\s,}]+", "\"deviation\" : 0")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("model.scales[0].deviation")
        .hasMessageContaining("must be positive");
  }

  @Test
  void naiveBayesAndInteractionsRefuseALinearFeature() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> NaiveBayesTrainer.of(BOTH))
        .withMessage(
            "naive Bayes counts values and reads no linear feature: declare 'callsLinear' binned");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                FeatureSchema.of(
                    Feature.categorical("source"),
                    Feature.linear("amount"),
                    Feature.interaction("both", "source", "amount")))
        .withMessage(
            "interaction 'both' refers to 'amount', which is linear: combine a binned feature"
                + " instead");
  }

  @Test
  void aFeatureDocumentDeclaresALinearFeatureWithoutBins() {
    String json =
        """
        { "format": "crmkit.feature-document", "version": 1, "features": [
          { "name": "amount", "from": "deal.amount", "kind": "linear", "missing": null },
          { "name": "amountBins", "from": "deal.amount", "kind": "numeric", "bins": 3,
            "missing": null } ] }
        """;

    FeatureDocument document = FeatureDocument.read(json);

    assertThat(document.schema())
        .isEqualTo(FeatureSchema.of(Feature.linear("amount"), Feature.numeric("amountBins", 3)));
    assertThat(FeatureDocument.read(document.toJson())).isEqualTo(document);
    assertThat(document.values(Map.of("deal.amount", FeatureValue.of(1200))))
        .containsOnlyKeys("amount", "amountBins");
    assertThatThrownBy(
            () ->
                FeatureDocument.read(
                    json.replace("\"kind\": \"linear\"", "\"kind\": \"linear\", \"bins\": 4")))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("features[0].bins");
  }
}
