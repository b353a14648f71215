package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.FieldError;
import io.crmkit.core.Tag;
import io.crmkit.core.ValidationException;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.scoring.rules.RuleCondition.ActivityOfType;
import io.crmkit.scoring.rules.RuleCondition.CampaignEngaged;
import io.crmkit.scoring.rules.RuleCondition.CompanyEmployeesBetween;
import io.crmkit.scoring.rules.RuleCondition.CountryIn;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldBetween;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldEquals;
import io.crmkit.scoring.rules.RuleCondition.CustomFieldIn;
import io.crmkit.scoring.rules.RuleCondition.FormSubmitted;
import io.crmkit.scoring.rules.RuleCondition.HasTag;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.RuleCondition.LifecycleStageIn;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoringModelJsonTests {

  private static ValidationException refusal(String json) {
    try {
      ScoringModelJson.read(json);
    } catch (ValidationException e) {
      return e;
    }
    throw new AssertionError("accepted: " + json);
  }

  @Test
  void writesAndReadsBackEveryKindOfRule() {
    ScoringModel model =
        ScoringModel.builder("everything")
            .rule(ScoringRule.of("vp", new JobTitleContains("VP"), 15))
            .rule(ScoringRule.of("size", new CompanyEmployeesBetween(50, 500), 10))
            .rule(ScoringRule.of("dach", new CountryIn(Set.of("DE", "AT")), 5))
            .rule(ScoringRule.of("vip", new HasTag(Tag.of("vip")), 5))
            .rule(ScoringRule.of("plan", new CustomFieldEquals("plan", "pro"), 5))
            .rule(ScoringRule.of("industry", new CustomFieldIn("industry", Set.of("a", "b")), 5))
            .rule(
                ScoringRule.of(
                    "seats",
                    new CustomFieldBetween("seats", new BigDecimal("1.5"), BigDecimal.TEN),
                    5))
            .rule(
                ScoringRule.of(
                    "stage",
                    new LifecycleStageIn(Set.of(LifecycleStage.LEAD, LifecycleStage.OPPORTUNITY)),
                    -5))
            .rule(
                ScoringRule.of("pricing", new PageVisited("/pricing"), 20)
                    .withHalfLife(Duration.ofDays(30)))
            .rule(ScoringRule.of("clicks", new CampaignEngaged("clicked"), 3).withCap(15))
            .rule(ScoringRule.of("any form", FormSubmitted.anyForm(), 25))
            .rule(ScoringRule.of("demo form", new FormSubmitted("demo"), 10))
            .rule(ScoringRule.of("meetings", new ActivityOfType("meeting"), 8))
            .grading(Grading.of(60, 30, 5, 80, 40, 0))
            .threshold(50, LifecycleStage.MARKETING_QUALIFIED)
            .threshold(90, LifecycleStage.SALES_QUALIFIED)
            .build();

    String json = ScoringModelJson.write(model);

    assertThat(ScoringModelJson.read(json)).isEqualTo(model);
    assertThat(json).contains("\"halfLife\" : \"PT720H\"").contains("\"kind\" : \"pageVisit\"");
  }

  @Test
  void readsAMinimalModelWithTheStandardGrading() {
    ScoringModel model =
        ScoringModelJson.read(
            """
            {"name": "minimal",
             "rules": [{"name": "vp", "kind": "jobTitleContains", "text": "VP", "points": 15}]}
            """);

    assertThat(model.rules()).containsExactly(ScoringRule.of("vp", new JobTitleContains("VP"), 15));
    assertThat(model.grading()).isEqualTo(Grading.of(40, 25, 10, 50, 25, 10));
    assertThat(model.thresholds()).isEmpty();
  }

  @Test
  void listsEveryProblemUnderTheRuleAndFieldThatHasIt() {
    ValidationException refused =
        refusal(
            """
            {"name": "broken",
             "rules": [
               {"name": "vp", "kind": "jobTitleContains", "text": "VP", "points": 15},
               {"name": "vp", "kind": "jobTitleContains", "text": "CEO", "points": 15},
               {"name": "size", "kind": "companyEmployees", "min": 500, "max": 50, "points": 10},
               {"name": "text", "kind": "pageVisit", "urlContains": "/pricing", "points": "abc"},
               {"name": "decaying fit", "kind": "tag", "tag": "vip", "points": 5, "halfLife": "P1D"},
               {"name": "bad decay", "kind": "formSubmission", "points": 5, "halfLife": "soon"},
               {"name": "mystery", "kind": "horoscope", "points": 5},
               {"name": "typo", "kind": "activityType", "type": "call", "point": 5, "cap": 0}
             ],
             "grading": {"fit": [10, 20, 30], "engagement": [50, "x", 10]},
             "thresholds": [{"points": 50, "stage": "QUALIFIED"}]}
            """);

    assertThat(refused.errors())
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder(
            "rules[1].name",
            "rules[2].max",
            "rules[3].points",
            "rules[4].halfLife",
            "rules[5].halfLife",
            "rules[6].kind",
            "rules[7].points",
            "rules[7].point",
            "rules[7].cap",
            "grading.engagement[1]",
            "thresholds[0].stage");
    assertThat(refused.errors())
        .contains(
            FieldError.of("rules[3].points", "abc", "must be a number"),
            FieldError.of("rules[1].name", "vp", "is used twice"),
            FieldError.of("rules[4].halfLife", "P1D", "applies to engagement rules only"),
            FieldError.of("rules[7].points", null, "is required"));
    assertThat(refused.getMessage())
        .startsWith("invalid scoring model: ")
        .contains("rules[3].points 'abc': must be a number")
        .contains("rules[2].max '50': employee range is empty: 500 to 50")
        .contains("thresholds[0].stage 'QUALIFIED': must be one of [SUBSCRIBER");
  }

  @Test
  void reportsDescendingGradesOnceTheNumbersAreRight() {
    ValidationException refused =
        refusal(
            """
            {"name": "m", "rules": [{"name": "f", "kind": "formSubmission", "points": 1}],
             "grading": {"fit": [10, 20, 30], "engagement": [3, 2, 1]}}
            """);

    assertThat(refused.errors())
        .singleElement()
        .satisfies(
            error -> {
              assertThat(error.field()).isEqualTo("grading.fit");
              assertThat(error.reason())
                  .isEqualTo("fit thresholds must be strictly descending: [10, 20, 30]");
            });
  }

  @Test
  void refusesWhatIsNotAModelDocument() {
    assertThat(refusal("{not json").errors())
        .singleElement()
        .extracting(FieldError::field)
        .isEqualTo("document");
    assertThat(refusal("[1, 2]").getMessage()).contains("document: must be a JSON object");
    assertThat(refusal("{}").errors())
        .extracting(FieldError::toString)
        .containsExactly(
            "name: is required",
            "rules: must be an array of rules",
            "rules: must hold at least one rule");
    assertThatThrownBy(() -> ScoringModelJson.read(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("json");
  }

  @Test
  void refusesARangeBoundBeyondEveryNumberAsAFieldError() {
    // 1e400 became an infinite double, whose decimalValue() threw NumberFormatException
    ValidationException refused =
        refusal(
            """
            {"name": "m", "rules": [{"name": "seats", "kind": "customFieldBetween",
              "field": "seats", "min": 1, "max": 1e400, "points": 5}]}
            """);

    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("rules[0].max");
    assertThat(refused.getMessage()).hasSizeLessThan(300);
  }

  @Test
  void refusesARangeBoundWithAHugeNegativeExponentAsAFieldError() {
    ValidationException refused =
        refusal(
            """
            {"name": "m", "rules": [{"name": "seats", "kind": "customFieldBetween",
              "field": "seats", "min": 1e-999999999, "max": 1, "points": 5}]}
            """);

    assertThat(refused.errors()).extracting(FieldError::field).containsExactly("rules[0].min");
    assertThat(refused.getMessage()).hasSizeLessThan(300);
  }
}
