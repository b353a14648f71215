package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class FeatureValueTests {

  @Test
  void makesCategoriesAndNumbers() {
    assertThat(FeatureValue.of("web")).isEqualTo(new FeatureValue.Categorical("web"));
    assertThat(FeatureValue.of(42.5)).isEqualTo(new FeatureValue.Numeric(42.5));
  }

  @Test
  void rejectsNullBlankAndOverlongCategories() {
    assertThatNullPointerException()
        .isThrownBy(() -> FeatureValue.of((String) null))
        .withMessage("categorical feature value");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeatureValue.of("  "))
        .withMessage("categorical feature value must not be blank: '  '");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeatureValue.of("x".repeat(201)))
        .withMessageStartingWith("categorical feature value must be at most 200 characters");
  }

  @Test
  void rejectsNaNAndInfiniteNumbers() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeatureValue.of(Double.NaN))
        .withMessage("numeric feature value must be finite: NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> FeatureValue.of(Double.NEGATIVE_INFINITY))
        .withMessage("numeric feature value must be finite: -Infinity");
  }
}
