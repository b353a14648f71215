package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ValidationException;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.scoring.rules.RuleCondition.ActivityOfType;
import io.crmkit.scoring.rules.RuleCondition.CompanyEmployeesBetween;
import io.crmkit.scoring.rules.RuleCondition.CountryIn;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldEquals;
import io.crmkit.scoring.rules.RuleCondition.FormSubmitted;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringValuesTests {

  private static final RuleCondition FORM = FormSubmitted.anyForm();

  @Test
  void gradeParsesAndPrintsLetterAndNumber() {
    assertThat(Grade.parse("B3")).isEqualTo(Grade.of('B', 3));
    assertThat(Grade.of('A', 1)).hasToString("A1");
    assertThat(Grade.of('A', 4)).isLessThan(Grade.of('B', 1));
  }

  @Test
  void gradeRejectsOutOfRangeAndMalformedText() {
    assertThatThrownBy(() -> Grade.parse("E1"))
        .hasMessage("fit grade must be a letter from A to D: 'E'");
    assertThatThrownBy(() -> Grade.parse("A5"))
        .hasMessage("engagement grade must be a number from 1 to 4: 5");
    assertThatThrownBy(() -> Grade.parse("A12"))
        .hasMessage("grade must be a letter A-D and a digit 1-4 such as B2: 'A12'");
    assertThatThrownBy(() -> Grade.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("grade");
  }

  @Test
  void pointsAreExactHundredths() {
    assertThat(Points.of(3).plus(Points.ofHundredths(-450))).hasToString("-1.50");
    assertThat(Points.ofHundredths(4999).atLeast(50)).isFalse();
    assertThat(Points.of(50).atLeast(50)).isTrue();
  }

  @Test
  void gradingRejectsThresholdsThatDoNotDescend() {
    assertThatThrownBy(() -> Grading.of(10, 10, 5, 3, 2, 1))
        .hasMessage("fit thresholds must be strictly descending: [10, 10, 5]");
    assertThatThrownBy(() -> new Grading(List.of(3, 2), List.of(3, 2, 1)))
        .hasMessage("fit grading needs exactly 3 thresholds, not [3, 2]");
    assertThatThrownBy(() -> Grading.of(3, 2, 1, 2_000_000, 2, 1))
        .hasMessage("engagement threshold 2000000 is beyond +/-1000000");
  }

  @Test
  void ruleRejectsBlankOverlongZeroAndOutOfRangeValues() {
    assertThatThrownBy(() -> ScoringRule.of(" ", FORM, 5))
        .hasMessage("rule name must be 1 to 100 characters of one line: ''");
    assertThatThrownBy(() -> ScoringRule.of("x".repeat(101), FORM, 5))
        .hasMessageStartingWith("rule name must be 1 to 100 characters of one line: 'xxx");
    assertThatThrownBy(() -> ScoringRule.of("f", FORM, 0))
        .hasMessage("rule f: points must be a whole number from -1000 to 1000, not 0: 0");
    assertThatThrownBy(() -> ScoringRule.of("f", FORM, 5).withCap(0))
        .hasMessage("rule f: cap must be a whole number from 1 to 1000000: 0");
    assertThatThrownBy(() -> ScoringRule.of("f", FORM, 5).withHalfLife(Duration.ZERO))
        .hasMessage("rule f: half-life must be from PT1S to PT87600H, such as P30D: PT0S");
    assertThatThrownBy(
            () ->
                ScoringRule.of("vp", new JobTitleContains("VP"), 5)
                    .withHalfLife(Duration.ofDays(1)))
        .hasMessage("rule vp: half-life applies to engagement rules only");
    assertThatThrownBy(() -> ScoringRule.of("f", null, 5))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("condition");
  }

  @Test
  void conditionsRejectBlankOverlongAndInvalidValues() {
    assertThatThrownBy(() -> new PageVisited("  "))
        .hasMessage("page address text must be 1 to 200 characters: '  '");
    assertThatThrownBy(() -> new JobTitleContains("v".repeat(201)))
        .hasMessageStartingWith("job title text must be 1 to 200 characters");
    assertThatThrownBy(() -> new CompanyEmployeesBetween(500, 50))
        .hasMessage("employee range is empty: 500 to 50");
    assertThatThrownBy(() -> new CountryIn(Set.of("de")))
        .hasMessage("country must be an upper-case ISO 3166 alpha-2 code such as DE: 'de'");
    assertThatThrownBy(() -> new CustomFieldEquals("Plan", "pro"))
        .hasMessageStartingWith("custom field key must be a lower-case letter");
    assertThatThrownBy(() -> new ActivityOfType("Page Visit"))
        .hasMessage(
            "activity type must be 1 to 50 lower-case letters, digits or '_': 'Page Visit'");
    assertThatThrownBy(() -> new JobTitleContains(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("job title text");
  }

  @Test
  void thresholdRejectsTheStageOutsideTheFunnel() {
    assertThatThrownBy(() -> StageThreshold.of(50, LifecycleStage.OTHER))
        .hasMessage("a threshold cannot move contacts to OTHER");
    assertThat(StageThreshold.of(50, LifecycleStage.LEAD).crossedUpward(null, Points.of(50)))
        .isTrue();
    assertThat(
            StageThreshold.of(50, LifecycleStage.LEAD).crossedUpward(Points.of(50), Points.of(60)))
        .isFalse();
  }

  @Test
  void modelListsEveryInconsistency() {
    ScoringModel.Builder builder =
        ScoringModel.builder("")
            .rule(ScoringRule.of("f", FORM, 5))
            .rule(ScoringRule.of("f", FORM, 6))
            .threshold(50, LifecycleStage.MARKETING_QUALIFIED)
            .threshold(60, LifecycleStage.MARKETING_QUALIFIED);

    assertThatThrownBy(builder::build)
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid scoring model: name '': must be 1 to 100 characters of one line; "
                + "rules[1].name 'f': is used twice; "
                + "thresholds[1].stage 'MARKETING_QUALIFIED': has a threshold already");
    assertThatThrownBy(() -> ScoringModel.builder("empty").build())
        .hasMessage("invalid scoring model: rules: must hold at least one rule");
  }
}
