package io.crmkit.benchmarks.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.benchmarks.prospects.Prospects;
import io.crmkit.core.contact.Contact;
import io.crmkit.scoring.rules.RuleContribution;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.rules.ScoringEngine;
import io.crmkit.scoring.rules.ScoringRule;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Both benchmarked engines must compute the same scores, or their timings compare nothing. */
class LeadScoringTests {

  private static final int SAMPLE = 5_000;

  private static Prospects prospects;
  private static List<Score> crmkit;
  private static List<LeadTally> easyRules;

  @BeforeAll
  static void scoreTheSampleBothWays() {
    prospects = new ProspectGenerator(LeadScoringBenchmark.SEED).prospects(SAMPLE);
    crmkit =
        ScoringEngine.compile(LeadModel.crmkit())
            .scoreAll(
                prospects.contacts(),
                prospects.companies(),
                prospects.activities(),
                ProspectGenerator.NOW);
    easyRules =
        new EasyRulesLeadScoring()
            .scoreAll(
                prospects.contacts(),
                prospects.companies(),
                prospects.activities(),
                ProspectGenerator.NOW);
  }

  @Test
  void bothModelsHoldTheSameTwentyFiveRules() {
    assertThat(LeadModel.crmkit().rules()).hasSize(LeadModel.RULE_COUNT);
    assertThat(new EasyRulesLeadScoring().ruleCount()).isEqualTo(LeadModel.RULE_COUNT);
  }

  @Test
  void bothGiveEveryContactTheSameFitAndEngagementPoints() {
    assertThat(crmkit).hasSize(SAMPLE);
    assertThat(easyRules).hasSize(SAMPLE);
    for (int i = 0; i < SAMPLE; i++) {
      Score score = crmkit.get(i);
      LeadTally tally = easyRules.get(i);
      Contact contact = prospects.contacts().get(i);
      assertThat(score.contact()).isEqualTo(contact.id());
      assertThat(tally.fitHundredths())
          .as("fit of %s", contact.id())
          .isEqualTo(score.fit().hundredths());
      assertThat(tally.engagementHundredths())
          .as("engagement of %s", contact.id())
          .isEqualTo(score.engagement().hundredths());
      assertThat(tally.totalHundredths()).isEqualTo(score.total().hundredths());
    }
  }

  @Test
  void bothExplainAScoreByTheSameRulesInTheSameOrder() {
    for (int i = 0; i < SAMPLE; i++) {
      List<String> crmkitRules =
          crmkit.get(i).contributions().stream().map(RuleContribution::rule).toList();
      assertThat(easyRules.get(i).fired()).as("contact %s", i).isEqualTo(crmkitRules);
    }
  }

  @Test
  void theSampleMakesEveryRuleFireAndSomeCapsBite() {
    Set<String> fired = new HashSet<>();
    Set<String> capped = new HashSet<>();
    for (Score score : crmkit) {
      for (RuleContribution contribution : score.contributions()) {
        fired.add(contribution.rule());
        if (contribution.capped()) {
          capped.add(contribution.rule());
        }
      }
    }
    Set<String> all =
        LeadModel.crmkit().rules().stream().map(ScoringRule::name).collect(Collectors.toSet());
    assertThat(fired).isEqualTo(all);
    assertThat(capped).contains("pricing", "demo-page", "unsubscribed", "any-form");
  }

  @Test
  void scoresSpreadFromPenaltiesToHotLeads() {
    long negative = crmkit.stream().filter(s -> s.total().hundredths() < 0).count();
    long hot = crmkit.stream().filter(s -> s.total().atLeast(80)).count();
    long distinct = crmkit.stream().map(s -> s.total().hundredths()).distinct().count();
    assertThat(negative).isPositive();
    assertThat(hot).isPositive();
    assertThat(distinct).isGreaterThan(SAMPLE / 5);
  }
}
