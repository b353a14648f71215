package io.crmkit.scoring.predictive;

import static io.crmkit.scoring.predictive.ObservationFixtures.features;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureDocumentTests {

  private static final String DOCUMENT =
      """
      {
        "format": "crmkit.feature-document",
        "version": 1,
        "features": [
          { "name": "amount", "from": "deal.amount", "kind": "numeric", "bins": 5, "missing": null },
          { "name": "calls", "from": "activities.call", "kind": "numeric", "bins": 3, "missing": 0 },
          { "name": "source", "from": "deal.source", "kind": "categorical", "missing": "unknown" },
          { "name": "tier", "from": "deal.custom.tier", "kind": "ordinal",
            "levels": ["bronze", "silver", "gold"], "missing": null }
        ]
      }
      """;

  @Test
  void readsTheFeaturesItDeclares() {
    FeatureDocument document = FeatureDocument.read(DOCUMENT);

    assertThat(document.schema())
        .isEqualTo(
            FeatureSchema.of(
                Feature.numeric("amount", 5),
                Feature.numeric("calls", 3),
                Feature.categorical("source"),
                Feature.ordinal("tier", List.of("bronze", "silver", "gold"))));
    assertThat(document.features())
        .extracting(DeclaredFeature::from)
        .containsExactly("deal.amount", "activities.call", "deal.source", "deal.custom.tier");
  }

  @Test
  void writesADocumentThatReadsBackEqual() {
    FeatureDocument document = FeatureDocument.read(DOCUMENT);

    assertThat(FeatureDocument.read(document.toJson())).isEqualTo(document);
  }

  @Test
  void replacesMissingFactsAsEachFeatureDeclares() {
    FeatureDocument document = FeatureDocument.read(DOCUMENT);

    Map<String, FeatureValue> values =
        document.values(
            features("deal.amount", 1200, "deal.custom.tier", "gold", "deal.owner", "x"));

    assertThat(values)
        .containsExactlyInAnyOrderEntriesOf(
            features("amount", 1200, "calls", 0, "source", "unknown", "tier", "gold"));
    assertThat(document.values(Map.of())).isEqualTo(features("calls", 0, "source", "unknown"));
  }

  @Test
  void readsANumberAsACategoryWhereTheFeatureIsCategorical() {
    FeatureDocument document = FeatureDocument.read(DOCUMENT);

    assertThat(document.values(features("deal.source", 7)).get("source"))
        .isEqualTo(FeatureValue.of("7"));
  }

  @Test
  void refusesAFactThatDoesNotFitItsFeatureNamingPathAndValue() {
    FeatureDocument document = FeatureDocument.read(DOCUMENT);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> document.values(features("deal.custom.tier", "platinum")))
        .withMessageContaining("'deal.custom.tier'")
        .withMessageContaining("'platinum'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> document.values(features("deal.amount", "large")))
        .withMessageContaining("'deal.amount'")
        .withMessageContaining("'large'");
  }

  @Test
  void refusesEveryInvalidFeatureNamingItsPathAndValue() {
    String invalid =
        DOCUMENT
            .replace("\"from\": \"deal.amount\"", "\"from\": \"deal.price\"")
            .replace("\"bins\": 3", "\"bins\": 1")
            .replace("\"kind\": \"categorical\"", "\"kind\": \"text\"")
            .replace("\"levels\"", "\"colour\": 1, \"levels\"");

    assertThatThrownBy(() -> FeatureDocument.read(invalid))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::value)
                    .contains(
                        org.assertj.core.groups.Tuple.tuple("features[0].from", "deal.price"),
                        org.assertj.core.groups.Tuple.tuple("features[2].kind", "text"),
                        org.assertj.core.groups.Tuple.tuple("features[3].colour", null)));
  }

  @Test
  void refusesBadBinsLevelsAndMissingValuesNamingThePath() {
    assertRefused(DOCUMENT.replace("\"bins\": 3", "\"bins\": 1"), "features[1].bins", "1");
    assertRefused(DOCUMENT.replace("\"bins\": 3", "\"bins\": 2.5"), "features[1].bins", "2.5");
    assertRefused(
        DOCUMENT.replace("\"bins\": 5, \"missing\": null", "\"missing\": null"),
        "features[0].bins",
        null);
    assertRefused(
        DOCUMENT.replace("\"silver\", \"gold\"", "\"silver\", \"silver\""),
        "features[3].levels",
        "[\"bronze\",\"silver\",\"silver\"]");
    assertRefused(
        DOCUMENT.replace("\"missing\": \"unknown\"", "\"missing\": 3"), "features[2].missing", "3");
    assertRefused(
        DOCUMENT.replace("\"missing\": \"unknown\"", "\"missing\": [1]"),
        "features[2].missing",
        "[1]");
    assertRefused(DOCUMENT.replace(", \"missing\": \"unknown\"", ""), "features[2].missing", null);
    assertRefused(DOCUMENT.replace("\"version\": 1", "\"version\": 2"), "version", "2");
    assertRefused("[]", "document", null);
  }

  @Test
  void refusesTwoFeaturesOfOneName() {
    assertRefused(
        DOCUMENT.replace("\"name\": \"calls\"", "\"name\": \"amount\""), "features", null);
  }

  @Test
  void infersKindsFromValuesAndBinsFromQuantiles() {
    List<Map<String, FeatureValue>> facts =
        List.of(
            features("deal.amount", 100, "deal.source", "web", "activities.call", 2),
            features("deal.amount", 200, "deal.source", "fair", "deal.owner", "ana"),
            features("deal.amount", 300, "deal.source", "web", "deal.owner", "ana"),
            features("deal.amount", 400, "deal.source", "web", "activities.call", 1));

    FeatureDocument inferred = FeatureDocument.infer(facts);

    assertThat(inferred.features())
        .containsExactly(
            new DeclaredFeature(
                Feature.numeric("activities.call", 3), "activities.call", FeatureValue.of(0)),
            new DeclaredFeature(Feature.numeric("deal.amount", 4), "deal.amount", null),
            new DeclaredFeature(Feature.categorical("deal.owner"), "deal.owner", null),
            new DeclaredFeature(Feature.categorical("deal.source"), "deal.source", null));
    assertThat(FeatureDocument.read(inferred.toJson())).isEqualTo(inferred);
  }

  @Test
  void leavesOutFactsThatNeverVary() {
    FeatureDocument inferred =
        FeatureDocument.infer(
            List.of(
                features("deal.source", "web", "deal.amount", 1),
                features("deal.source", "web", "deal.amount", 2)));

    assertThat(inferred.features())
        .extracting(DeclaredFeature::name)
        .containsExactly("deal.amount");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeatureDocument.infer(List.of(features("deal.source", "web"))))
        .withMessage("no fact varies among the 1 records: nothing to learn from");
  }

  private static void assertRefused(String json, String field, String value) {
    assertThatThrownBy(() -> FeatureDocument.read(json))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .anySatisfy(
                        error -> {
                          assertThat(error.field()).isEqualTo(field);
                          assertThat(error.value()).isEqualTo(value);
                        }));
  }
}
