package io.crmkit.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.PageRequest;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactEvent.ContactLifecycleStageChanged;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealQuery;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.StorageWithContacts;
import io.crmkit.core.fixtures.StorageWithJournal;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.scoring.audience.SegmentEvent.ContactEnteredSegment;
import io.crmkit.scoring.forecast.PipelineAnalytics;
import io.crmkit.scoring.forecast.PipelineReports;
import io.crmkit.scoring.forecast.ReportingBasis;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.ScoringEvent.ScoreChanged;
import io.crmkit.scoring.rules.ScoringEvent.ThresholdCrossed;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringRule;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrmAnalyticsTests {

  private static final ScoringModel MODEL =
      ScoringModel.builder("titles")
          .rule(ScoringRule.of("vp", new JobTitleContains("VP"), 30))
          .threshold(20, LifecycleStage.MARKETING_QUALIFIED)
          .build();

  private final TestClock clock = TestClock.atStart();
  private final RecordingPublisher published = new RecordingPublisher();
  private final List<List<DomainEvent>> journal = new ArrayList<>();
  private final InMemoryCrmStorage memory = InMemoryCrmStorage.create();
  private final Crm crm =
      Crm.builder()
          .storage(new StorageWithJournal(memory, events -> journal.add(List.copyOf(events))))
          .clock(clock)
          .eventPublisher(published)
          .build();
  private final CrmAnalytics analytics = CrmAnalytics.on(crm);

  private Contact contact(String given, String title) {
    return crm.contacts()
        .create(ContactDetails.builder().name(given, "Lima").jobTitle(title).build());
  }

  @Test
  void aRescoreCommitsTheLifecycleMoveTheScoreAndItsEventsInOneUnitOfTheCrm() {
    Contact ana = contact("Ana", "VP Sales");
    int before = journal.size();

    analytics.scoring(MODEL).rescore(ana.id());

    assertThat(journal).hasSize(before + 1);
    assertThat(journal.get(before))
        .hasExactlyElementsOfTypes(
            ContactLifecycleStageChanged.class, ScoreChanged.class, ThresholdCrossed.class);
    assertThat(published.batches()).isEqualTo(journal);
    assertThat(analytics.scoring(MODEL).find(ana.id())).isPresent();
  }

  @Test
  void segmentsSeeTheScoresThatScoringKeptInTheCrmsStorage() {
    Contact ana = contact("Ana", "VP Sales");
    contact("Bo", "Engineer");
    analytics.scoring(MODEL).rescoreAll();

    analytics.segments().define("hot", "score >= 30");

    assertThat(analytics.segments().evaluate("hot")).containsExactly(ana.id());
    assertThat(analytics.segments().reevaluate("hot").entered()).containsExactly(ana.id());
    assertThat(journal.get(journal.size() - 1))
        .containsExactly(new ContactEnteredSegment(crm.tenant(), "hot", ana.id(), clock.instant()));
  }

  @Test
  void pipelineReportsAnalyseEveryDealOfTheCrmAtItsClock() {
    Pipeline sales =
        crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.STRICT);
    crm.deals().open(sales.id(), DealDetails.builder().name("Acme").amount("1000", "EUR").build());
    ReportingBasis basis = ReportingBasis.of(Currency.getInstance("EUR"), ZoneOffset.UTC);

    PipelineReports reports = analytics.pipeline(basis);

    assertThat(reports.report())
        .isEqualTo(
            PipelineAnalytics.of(basis)
                .analyse(
                    crm.deals().search(DealQuery.all(), PageRequest.first(10)).items(),
                    List.of(sales),
                    clock.instant()));
    assertThat(reports.report().forecast().total().deals()).isEqualTo(1);
  }

  @Test
  void aStorageThatKeepsNoScoresRefusesScoringButNotTheReports() {
    Crm elsewhere =
        Crm.builder().storage(new StorageWithContacts(memory, memory.contacts())).build();
    CrmAnalytics theirs = CrmAnalytics.on(elsewhere);

    assertThatThrownBy(() -> theirs.scoring(MODEL))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage("StorageWithContacts keeps no lead scores (ScoreRepository)");
    assertThatThrownBy(theirs::segments).isInstanceOf(UnsupportedOperationException.class);
    assertThat(
            theirs
                .pipeline(ReportingBasis.of(Currency.getInstance("EUR"), ZoneOffset.UTC))
                .report()
                .openDeals())
        .isZero();
  }
}
