package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactEvent.ContactLifecycleStageChanged;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.rules.RuleCondition.FormSubmitted;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import io.crmkit.scoring.rules.ScoringEvent.ScoreChanged;
import io.crmkit.scoring.rules.ScoringEvent.ThresholdCrossed;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeadScoringTests {

  private static final ScoringModel MODEL =
      ScoringModel.builder("inbound")
          .rule(ScoringRule.of("vp", new JobTitleContains("VP"), 15))
          .rule(
              ScoringRule.of("pricing", new PageVisited("/pricing"), 20)
                  .withHalfLife(Duration.ofDays(30)))
          .rule(ScoringRule.of("form", FormSubmitted.anyForm(), 25))
          .threshold(50, LifecycleStage.MARKETING_QUALIFIED)
          .build();

  private final TestClock clock = TestClock.atStart();
  private final RecordingPublisher events = new RecordingPublisher();
  private final Crm crm = Crm.builder().clock(clock).eventPublisher(events).build();
  private final LeadScoring scoring = CrmAnalytics.on(crm).scoring(MODEL);

  private Contact contact(String given, String title) {
    return crm.contacts()
        .create(ContactDetails.builder().name(given, "Lima").jobTitle(title).build());
  }

  private Activity visitPricing(Contact contact) {
    return crm.timeline()
        .log(
            ActivityEntry.of(new PageVisit(URI.create("https://example.com/pricing")))
                .about(contact.id()));
  }

  private Activity submitForm(Contact contact) {
    return crm.timeline()
        .log(ActivityEntry.of(new FormSubmission("demo", Map.of())).about(contact.id()));
  }

  @Test
  void crossingAThresholdMovesTheContactForwardOnceAndTellsTheListener() {
    Contact ana = contact("Ana", "VP Sales");
    scoring.rescore(ana.id());

    scoring.activityLogged(visitPricing(ana));
    clock.advance(Duration.ofHours(1));
    scoring.activityLogged(submitForm(ana));
    clock.advance(Duration.ofHours(1));
    scoring.activityLogged(submitForm(ana));

    assertThat(crm.contacts().get(ana.id()).lifecycleStage())
        .isEqualTo(LifecycleStage.MARKETING_QUALIFIED);
    assertThat(events.events())
        .filteredOn(ContactLifecycleStageChanged.class::isInstance)
        .singleElement()
        .satisfies(
            event -> {
              ContactLifecycleStageChanged changed = (ContactLifecycleStageChanged) event;
              assertThat(changed.from()).isEqualTo(LifecycleStage.LEAD);
              assertThat(changed.to()).isEqualTo(LifecycleStage.MARKETING_QUALIFIED);
            });
    List<DomainEvent> crossings =
        events.eventsOf(ScoringEvent.class).stream()
            .filter(ThresholdCrossed.class::isInstance)
            .toList();
    assertThat(crossings).hasSize(1);
    ThresholdCrossed crossed = (ThresholdCrossed) crossings.get(0);
    assertThat(crossed.stageMoved()).isTrue();
    assertThat(crossed.threshold())
        .isEqualTo(StageThreshold.of(50, LifecycleStage.MARKETING_QUALIFIED));
    assertThat(crossed.score().atLeast(50)).isTrue();
  }

  @Test
  void neverMovesAContactBackward() {
    Contact customer =
        crm.contacts()
            .create(
                ContactDetails.builder().name("Cy", "Lima").jobTitle("VP").build(),
                crm.actor(),
                LifecycleStage.CUSTOMER);
    submitForm(customer);
    submitForm(customer);

    scoring.rescore(customer.id());

    assertThat(crm.contacts().get(customer.id()).lifecycleStage())
        .isEqualTo(LifecycleStage.CUSTOMER);
    assertThat(events.eventsOf(ScoringEvent.class))
        .filteredOn(ThresholdCrossed.class::isInstance)
        .singleElement()
        .extracting(event -> ((ThresholdCrossed) event).stageMoved())
        .isEqualTo(false);
  }

  @Test
  void incrementalScoresEqualAFullRescoreAtTheSameInstant() {
    Contact ana = contact("Ana", "VP Sales");
    scoring.rescore(ana.id());
    scoring.activityLogged(visitPricing(ana));
    clock.advance(Duration.ofDays(12));
    Score incremental = scoring.activityLogged(submitForm(ana)).get(0);

    Score full = scoring.rescore(ana.id());

    assertThat(incremental).isEqualTo(full);
    assertThat(full.engagement()).isEqualTo(Points.ofHundredths(2500 + 1516));
  }

  @Test
  void firstActivityOfAnUnscoredContactScoresItsWholeTimeline() {
    Contact ana = contact("Ana", "Engineer");
    visitPricing(ana);

    List<Score> scores = scoring.activityLogged(submitForm(ana));

    assertThat(scores).singleElement().extracting(Score::engagement).isEqualTo(Points.of(45));
    assertThat(scoring.find(ana.id())).contains(scores.get(0));
    assertThat(events.eventsOf(ScoringEvent.class))
        .singleElement()
        .isEqualTo(
            new ScoreChanged(
                crm.tenant(), ana.id(), null, Points.of(45), Grade.parse("D2"), clock.instant()));
  }

  @Test
  void topListsTheHighestScoresFirstAndDistributionCountsGrades() {
    Contact ana = contact("Ana", "VP Sales");
    Contact bob = contact("Bob", "Engineer");
    Contact cy = contact("Cy", "Engineer");
    submitForm(bob);
    submitForm(ana);

    assertThat(scoring.rescoreAll()).isEqualTo(3);

    assertThat(scoring.top(2)).extracting(Score::contact).containsExactly(ana.id(), bob.id());
    assertThat(scoring.top(10)).extracting(Score::contact).endsWith(cy.id());
    assertThat(scoring.distribution())
        .containsExactly(
            Map.entry(Grade.parse("C2"), 1L),
            Map.entry(Grade.parse("D2"), 1L),
            Map.entry(Grade.parse("D4"), 1L));
  }
}
