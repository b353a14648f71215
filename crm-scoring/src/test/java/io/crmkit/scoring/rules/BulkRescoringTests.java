package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactEvent.ContactLifecycleStageChanged;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.ActivityDetails.FormSubmission;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.rules.RuleCondition.CompanyEmployeesBetween;
import io.crmkit.scoring.rules.RuleCondition.FormSubmitted;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.RuleCondition.PageVisited;
import io.crmkit.scoring.rules.ScoringEvent.ThresholdCrossed;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BulkRescoringTests {

  private static final ScoringModel MODEL =
      ScoringModel.builder("inbound")
          .rule(ScoringRule.of("vp", new JobTitleContains("VP"), 15))
          .rule(ScoringRule.of("mid-size", new CompanyEmployeesBetween(50, 500), 10))
          .rule(
              ScoringRule.of("pricing", new PageVisited("/pricing"), 20)
                  .withHalfLife(Duration.ofDays(30)))
          .rule(ScoringRule.of("form", FormSubmitted.anyForm(), 25))
          .threshold(40, LifecycleStage.MARKETING_QUALIFIED)
          .threshold(60, LifecycleStage.SALES_QUALIFIED)
          .build();

  /**
   * The same CRM built twice: one clock, one id sequence, the same contacts, companies and
   * activities, so that two ways of scoring it can be compared event by event.
   */
  private static final class World {
    final TestClock clock = TestClock.atStart();
    final RecordingPublisher events = new RecordingPublisher();
    final Crm crm =
        Crm.builder()
            .clock(clock)
            .ids(new TimeOrderedIdGenerator(clock, new Random(7)))
            .eventPublisher(events)
            .build();
    final LeadScoring scoring = CrmAnalytics.on(crm).scoring(MODEL);

    World() {
      Company initech =
          crm.companies().create(CompanyDetails.builder().name("Initech").employees(120).build());
      Contact ana = contact("Ana", "VP Sales", initech);
      Contact bo = contact("Bo", "Engineer", initech);
      Contact cy = contact("Cy", "VP Marketing", null);
      Contact customer =
          crm.contacts()
              .create(
                  ContactDetails.builder().name("Di", "Lima").jobTitle("VP").build(),
                  crm.actor(),
                  LifecycleStage.CUSTOMER);
      contact("Ed", "Intern", null);
      log(ActivityEntry.of(new PageVisit(URI.create("https://example.com/pricing"))), ana, bo);
      clock.advance(Duration.ofDays(3));
      log(ActivityEntry.of(new FormSubmission("demo", Map.of())), ana);
      log(ActivityEntry.of(new FormSubmission("trial", Map.of())), ana);
      log(ActivityEntry.of(new FormSubmission("demo", Map.of())), cy, customer);
      clock.advance(Duration.ofDays(40));
    }

    private Contact contact(String given, String title, Company company) {
      ContactDetails.Builder details = ContactDetails.builder().name(given, "Lima").jobTitle(title);
      if (company != null) {
        details.company(CompanyLink.primary(company.id(), "buyer"));
      }
      return crm.contacts().create(details.build());
    }

    private void log(ActivityEntry entry, Contact... about) {
      for (Contact contact : about) {
        entry = entry.about(contact.id());
      }
      crm.timeline().log(entry);
      clock.advance(Duration.ofHours(1));
    }

    List<Contact> contacts() {
      return crm.contacts().search(ContactQuery.all(), PageRequest.first(10)).items();
    }
  }

  @Test
  void rescoringAPageGivesTheScoresEventsAndStageMovesOfRescoringEachContact() {
    World single = new World();
    World bulk = new World();

    List<Score> oneByOne =
        single.contacts().stream().map(contact -> single.scoring.rescore(contact.id())).toList();
    List<Score> atOnce = bulk.scoring.rescore(bulk.contacts());

    assertThat(atOnce).hasSize(5).isEqualTo(oneByOne);
    assertThat(bulk.events.batches()).isEqualTo(single.events.batches());
    assertThat(bulk.contacts()).isEqualTo(single.contacts());
    assertThat(bulk.events.eventsOf(ScoringEvent.class))
        .filteredOn(ThresholdCrossed.class::isInstance)
        .extracting(event -> ((ThresholdCrossed) event).stageMoved())
        .contains(true, false);
    assertThat(bulk.events.events())
        .filteredOn(ContactLifecycleStageChanged.class::isInstance)
        .isNotEmpty();
    assertThat(atOnce).extracting(Score::fit).contains(Points.of(25));
  }

  @Test
  void aPrimaryCompanyTheActorMayNotReadFailsTheRescoreRatherThanScoringWithoutIt() {
    UserId ada = UserId.of("ada");
    Crm administrator =
        Crm.builder()
            .clock(TestClock.atStart())
            .actor(ada)
            .accessPolicy(AccessPolicy.byOwnerOrTeam(user -> Set.of(), Set.of(ada)))
            .build();
    Company initech =
        administrator
            .actingAs(UserId.of("mallory"))
            .companies()
            .create(CompanyDetails.builder().name("Initech").employees(120).build());
    Contact ana =
        administrator
            .contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .jobTitle("VP Sales")
                    .company(CompanyLink.primary(initech.id(), "buyer"))
                    .build(),
                UserId.of("olivia"),
                LifecycleStage.LEAD);
    LeadScoring byOlivia =
        CrmAnalytics.on(administrator.actingAs(UserId.of("olivia"))).scoring(MODEL);

    assertThatThrownBy(() -> byOlivia.rescore(ana.id()))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining(initech.id().toString());
    assertThatThrownBy(() -> byOlivia.rescore(List.of(ana)))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(byOlivia.find(ana.id())).isEmpty();
    LeadScoring byAda = CrmAnalytics.on(administrator).scoring(MODEL);
    // the VP title and the company's 120 employees
    assertThat(byAda.rescore(List.of(ana)).get(0).fit()).isEqualTo(Points.of(25));
  }

  @Test
  void rescoringAllGivesTheScoresOfRescoringEachContact() {
    World single = new World();
    World bulk = new World();

    List<Score> oneByOne =
        single.contacts().stream().map(contact -> single.scoring.rescore(contact.id())).toList();
    long scored = bulk.scoring.rescoreAll();

    assertThat(scored).isEqualTo(5);
    assertThat(bulk.contacts())
        .extracting(contact -> bulk.scoring.find(contact.id()).orElseThrow())
        .isEqualTo(oneByOne);
    assertThat(bulk.events.batches()).isEqualTo(single.events.batches());
  }

  @Test
  void refusesAPageWithANullARepeatedOrAnotherTenantsContact() {
    World world = new World();
    List<Contact> contacts = world.contacts();
    Crm other = Crm.builder().tenant(TenantId.of("globex")).build();
    Contact stranger =
        other.contacts().create(ContactDetails.builder().name("Eve", "Lima").build());

    assertThatThrownBy(() -> world.scoring.rescore(Arrays.asList(contacts.get(0), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("contacts[1] is null");
    assertThatThrownBy(() -> world.scoring.rescore(List.of(contacts.get(1), contacts.get(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("contact " + contacts.get(1).id() + " is given twice");
    assertThatThrownBy(() -> world.scoring.rescore(List.of(stranger)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("belongs to tenant globex");
    assertThat(world.events.eventsOf(ScoringEvent.class)).isEmpty();
    assertThat(world.scoring.rescore(List.of())).isEmpty();
  }
}
