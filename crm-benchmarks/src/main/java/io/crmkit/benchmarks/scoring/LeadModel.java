package io.crmkit.benchmarks.scoring;

import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.core.Tag;
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
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringRule;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;

/**
 * The 25-rule lead scoring model both engines run, as a crmkit {@link ScoringModel}: sixteen fit
 * rules on title, company size, country, tags, custom fields and stage, and nine engagement rules
 * on page visits, campaign engagement and forms, with caps, half-lives and penalties. {@link
 * EasyRulesLeadScoring} states the same rules in Easy Rules; {@code LeadScoringTests} checks that
 * they agree.
 */
final class LeadModel {

  static final int RULE_COUNT = 25;

  private LeadModel() {}

  static ScoringModel crmkit() {
    return ScoringModel.builder("benchmark")
        .rule(ScoringRule.of("vp", new JobTitleContains("VP"), 15))
        .rule(ScoringRule.of("vice-president", new JobTitleContains("Vice President"), 15))
        .rule(ScoringRule.of("chief", new JobTitleContains("Chief"), 20))
        .rule(ScoringRule.of("director", new JobTitleContains("Director"), 10))
        .rule(ScoringRule.of("head-of", new JobTitleContains("Head of"), 10))
        .rule(ScoringRule.of("student", new JobTitleContains("Student"), -20))
        .rule(ScoringRule.of("mid-market", new CompanyEmployeesBetween(50, 500), 10))
        .rule(ScoringRule.of("enterprise", new CompanyEmployeesBetween(501, 1_000_000), 15))
        .rule(ScoringRule.of("dach", new CountryIn(Set.of("DE", "AT", "CH")), 8))
        .rule(ScoringRule.of("target-market", new CountryIn(Set.of("FR", "GB", "NL", "US")), 5))
        .rule(ScoringRule.of("vip", new HasTag(Tag.of("vip")), 10))
        .rule(ScoringRule.of("competitor", new HasTag(Tag.of("competitor")), -40))
        .rule(
            ScoringRule.of(
                "paid-plan",
                new CustomFieldIn(ProspectGenerator.PLAN, Set.of("pro", "enterprise")),
                12))
        .rule(
            ScoringRule.of(
                "software", new CustomFieldEquals(ProspectGenerator.INDUSTRY, "software"), 6))
        .rule(
            ScoringRule.of(
                "budget",
                new CustomFieldBetween(
                    ProspectGenerator.BUDGET, new BigDecimal("10000"), new BigDecimal("1000000")),
                10))
        .rule(
            ScoringRule.of(
                "qualified",
                new LifecycleStageIn(
                    Set.of(LifecycleStage.MARKETING_QUALIFIED, LifecycleStage.SALES_QUALIFIED)),
                5))
        .rule(
            ScoringRule.of("pricing", new PageVisited("/pricing"), 20)
                .withCap(40)
                .withHalfLife(Duration.ofDays(30)))
        .rule(
            ScoringRule.of("demo-page", new PageVisited("/demo"), 15)
                .withCap(30)
                .withHalfLife(Duration.ofDays(30)))
        .rule(
            ScoringRule.of("docs", new PageVisited("/docs"), 2)
                .withCap(10)
                .withHalfLife(Duration.ofDays(14)))
        .rule(
            ScoringRule.of("any-visit", new ActivityOfType("page_visit"), 1)
                .withCap(10)
                .withHalfLife(Duration.ofDays(7)))
        .rule(
            ScoringRule.of("clicks", new CampaignEngaged("clicked"), 3)
                .withCap(15)
                .withHalfLife(Duration.ofDays(60)))
        .rule(
            ScoringRule.of("opens", new CampaignEngaged("opened"), 1)
                .withCap(5)
                .withHalfLife(Duration.ofDays(30)))
        .rule(ScoringRule.of("unsubscribed", new CampaignEngaged("unsubscribed"), -50).withCap(50))
        .rule(
            ScoringRule.of("demo-request", new FormSubmitted("demo-request"), 25)
                .withHalfLife(Duration.ofDays(90)))
        .rule(
            ScoringRule.of("any-form", FormSubmitted.anyForm(), 10)
                .withCap(30)
                .withHalfLife(Duration.ofDays(60)))
        .build();
  }
}
