package io.crmkit.scoring.predictive;

import static io.crmkit.scoring.predictive.ObservationFixtures.features;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureSchemaTests {

  private static final FeatureSchema SCHEMA =
      FeatureSchema.of(
          Feature.categorical("source"),
          Feature.ordinal("stage", List.of("new", "qualified", "proposal")),
          Feature.numeric("amount", 4),
          Feature.interaction("sourceByStage", "source", "stage"));

  @Test
  void findsFeaturesByNameInOrder() {
    assertThat(SCHEMA.features())
        .extracting(Feature::name)
        .containsExactly("source", "stage", "amount", "sourceByStage");
    assertThat(SCHEMA.feature("amount")).contains(Feature.numeric("amount", 4));
    assertThat(SCHEMA.feature("missing")).isEmpty();
  }

  @Test
  void rejectsEmptySchemasAndRepeatedNames() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeatureSchema.of(List.of()))
        .withMessage("a feature schema needs at least one feature");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeatureSchema.of(Feature.categorical("a"), Feature.numeric("a", 3)))
        .withMessage("feature names must be unique: [a, a]");
  }

  @Test
  void rejectsBadFeatureDefinitions() {
    assertThatNullPointerException()
        .isThrownBy(() -> Feature.categorical(null))
        .withMessage("feature name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Feature.categorical(" "))
        .withMessage("feature name must not be blank: ' '");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Feature.categorical("n".repeat(101)))
        .withMessageStartingWith("feature name must be at most 100 characters");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Feature.numeric("amount", 1))
        .withMessage("numeric feature 'amount' needs 2 to 100 bins: 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Feature.ordinal("stage", List.of("new")))
        .withMessage("ordinal feature 'stage' needs at least two levels: [new]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Feature.ordinal("stage", List.of("new", "won", "new")))
        .withMessage("ordinal feature 'stage' has repeated levels: [new, won, new]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Feature.interaction("x", "source", "source"))
        .withMessage("interaction 'x' needs two different features, got 'source' twice");
  }

  @Test
  void rejectsInteractionsOfUnknownFeatures() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                FeatureSchema.of(
                    Feature.categorical("source"), Feature.interaction("x", "source", "region")))
        .withMessage("interaction 'x' refers to 'region', which is not in the schema [source, x]");
  }

  @Test
  void acceptsValuesThatFitTheirFeatures() {
    SCHEMA.check(features("source", "web", "stage", "qualified", "amount", 1200));
    SCHEMA.check(features());
  }

  @Test
  void rejectsUnknownFeaturesAndValuesThatDoNotFit() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SCHEMA.check(features("region", "north")))
        .withMessage(
            "unknown feature 'region': the schema has [source, stage, amount, sourceByStage]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SCHEMA.check(features("amount", "large")))
        .withMessage("feature 'amount' is numeric, but its value is the category 'large'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SCHEMA.check(features("source", 3)))
        .withMessage("feature 'source' is categorical, but its value is the number 3.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SCHEMA.check(features("stage", "won")))
        .withMessage(
            "feature 'stage' has no level 'won': its levels are [new, qualified, proposal]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SCHEMA.check(features("sourceByStage", "web & new")))
        .withMessage(
            "feature 'sourceByStage' is the interaction of 'source' and 'stage':"
                + " supply its parts, not a value");
  }
}
