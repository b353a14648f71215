package io.crmkit.scoring.predictive;

import static io.crmkit.scoring.predictive.ObservationFixtures.CLOSED_AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObservationTests {

  @Test
  void keepsAnImmutableCopyOfItsFeatures() {
    Map<String, FeatureValue> features = new HashMap<>(Map.of("source", FeatureValue.of("web")));
    Observation observation = Observation.of(features, Outcome.WON, CLOSED_AT);
    features.put("region", FeatureValue.of("north"));

    assertThat(observation.features()).containsOnlyKeys("source");
    assertThat(observation.feature("source")).contains(FeatureValue.of("web"));
    assertThat(observation.feature("region")).isEmpty();
    assertThatThrownBy(() -> observation.features().put("x", FeatureValue.of(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void knowsItsClosingInstantOnlyWhenGivenOne() {
    assertThat(Observation.of(Map.of(), Outcome.WON, CLOSED_AT).closedAt()).contains(CLOSED_AT);
    assertThat(Observation.of(Map.of(), Outcome.WON).closedAt()).isEmpty();
    assertThat(Observation.of(Map.of(), Outcome.WON))
        .isEqualTo(Observation.of(Map.of(), Outcome.WON))
        .isNotEqualTo(Observation.of(Map.of(), Outcome.WON, CLOSED_AT));
  }

  @Test
  void rejectsMissingPartsWithTheirNames() {
    assertThatNullPointerException()
        .isThrownBy(() -> Observation.of(null, Outcome.WON, CLOSED_AT))
        .withMessage("observation features");
    assertThatNullPointerException()
        .isThrownBy(() -> Observation.of(Map.of(), null, CLOSED_AT))
        .withMessage("observation outcome");
    assertThatNullPointerException()
        .isThrownBy(() -> Observation.of(null, Outcome.WON))
        .withMessage("observation features");
    assertThatNullPointerException()
        .isThrownBy(() -> Observation.of(Map.of(), Outcome.LOST, null))
        .withMessage("observation closedAt");
    Map<String, FeatureValue> withNull = new HashMap<>();
    withNull.put("source", null);
    assertThatNullPointerException()
        .isThrownBy(() -> Observation.of(withNull, Outcome.LOST, CLOSED_AT))
        .withMessage("value of feature 'source'");
  }
}
