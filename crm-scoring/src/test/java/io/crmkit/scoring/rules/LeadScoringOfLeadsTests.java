package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.Tag;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.rules.Evidence.FieldValue;
import io.crmkit.scoring.rules.RuleCondition.CampaignIs;
import io.crmkit.scoring.rules.RuleCondition.CountryIn;
import io.crmkit.scoring.rules.RuleCondition.HasTag;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.RuleCondition.LeadSourceIn;
import io.crmkit.scoring.rules.RuleCondition.LifecycleStageIn;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lead scoring of leads: details, source, attribution and the activities regarding the lead. */
class LeadScoringOfLeadsTests {

  private static final ScoringModel MODEL =
      ScoringModel.builder("inbound")
          .rule(ScoringRule.of("vp", new JobTitleContains("VP"), 15))
          .rule(ScoringRule.of("germany", new CountryIn(Set.of("DE")), 5))
          .rule(ScoringRule.of("referred", new LeadSourceIn(Set.of(LeadSource.REFERRAL)), 20))
          .rule(ScoringRule.of("spring campaign", new CampaignIs("Spring-2026"), 10))
          .rule(
              ScoringRule.of("at lead stage", new LifecycleStageIn(Set.of(LifecycleStage.LEAD)), 1))
          .rule(ScoringRule.of("vip", new HasTag(Tag.of("vip")), 50))
          .rule(
              ScoringRule.of("pricing", new PageVisited("/pricing"), 20)
                  .withHalfLife(Duration.ofDays(30)))
          .build();

  private final TestClock clock = TestClock.atStart();
  private final Crm crm = Crm.builder().clock(clock).build();
  private final LeadScoring scoring = CrmAnalytics.on(crm).scoring(MODEL);

  private Lead referredVp() {
    return crm.leads()
        .capture(
            LeadDetails.builder()
                .name("Bo", "Berg")
                .jobTitle("VP Marketing")
                .companyName("Initech")
                .country("DE")
                .build(),
            new Attribution(LeadSource.REFERRAL, null, "partner", null, "spring-2026", null, null));
  }

  @Test
  void scoresALeadFromItsDetailsSourceAttributionAndActivitiesAndFillsItsScore() {
    Lead bo = referredVp();
    crm.timeline()
        .log(
            ActivityEntry.of(new PageVisit(URI.create("https://example.com/pricing")))
                .regarding(RecordRef.of(RecordType.LEAD, bo.id().value())));

    LeadScore score = scoring.rescore(bo.id());

    assertThat(score.lead()).isEqualTo(bo.id());
    assertThat(score.contributions())
        .extracting(RuleContribution::rule)
        .containsExactly(
            "vp", "germany", "referred", "spring campaign", "at lead stage", "pricing");
    assertThat(score.contributions().get(0).evidence())
        .containsExactly(new FieldValue("jobTitle", "VP Marketing"));
    assertThat(score.contributions().get(2).evidence())
        .containsExactly(new FieldValue("source", "REFERRAL"));
    assertThat(score.contributions().get(3).evidence())
        .containsExactly(new FieldValue("attribution.utmCampaign", "spring-2026"));
    assertThat(score.total()).isEqualTo(Points.of(71));
    assertThat(score.leadScore()).isEqualTo(71);
    assertThat(crm.leads().get(bo.id()).score()).contains(71);
    assertThat(scoring.find(bo.id())).contains(score);
  }

  @Test
  void aLeadsScoreIsBoundedToTheLeadScale() {
    Lead bo = referredVp();
    ScoringModel generous =
        ScoringModel.builder("generous")
            .rule(ScoringRule.of("vp", new JobTitleContains("VP"), 500))
            .build();

    LeadScore score = CrmAnalytics.on(crm).scoring(generous).rescore(bo.id());

    assertThat(score.total()).isEqualTo(Points.of(500));
    assertThat(crm.leads().get(bo.id()).score()).contains(Lead.MAX_SCORE);
  }

  @Test
  void rescoringToTheSameScoreLeavesTheLeadAlone() {
    Lead bo = referredVp();
    scoring.rescore(bo.id());
    long version = crm.leads().get(bo.id()).version();

    scoring.rescore(bo.id());

    assertThat(crm.leads().get(bo.id()).version()).isEqualTo(version);
  }

  @Test
  void aLeadScoreIsNotAContactScore() {
    Lead bo = referredVp();
    scoring.rescore(bo.id());

    assertThat(scoring.top(10)).isEmpty();
    assertThat(scoring.distribution()).isEmpty();
  }

  @Test
  void refusesAnUnknownLead() {
    assertThatThrownBy(() -> scoring.rescore(LeadId.of(Ids.next())))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void scoringModelDocumentsKeepTheLeadConditions() {
    assertThat(ScoringModelJson.read(ScoringModelJson.write(MODEL))).isEqualTo(MODEL);
    assertThat(ScoringModelJson.write(MODEL))
        .contains("\"kind\" : \"leadSource\"")
        .contains("\"sources\" : [ \"REFERRAL\" ]")
        .contains("\"kind\" : \"campaign\"");
  }

  @Test
  void leadConditionsNeverFireForAContact() {
    ScoringEngine engine = ScoringEngine.compile(MODEL);
    io.crmkit.core.contact.Contact ana =
        crm.contacts()
            .create(io.crmkit.core.contact.ContactDetails.builder().name("Ana", "Lima").build());

    Score score = engine.score(ana, null, List.of(), clock.instant());

    assertThat(score.contributions())
        .extracting(RuleContribution::rule)
        .doesNotContain("referred", "spring campaign");
  }
}
