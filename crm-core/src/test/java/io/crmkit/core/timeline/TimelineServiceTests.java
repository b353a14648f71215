package io.crmkit.core.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.money.Money;
import io.crmkit.core.timeline.ActivityDetails.Call;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityDetails.Order;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimelineServiceTests {

  private final TestClock clock = TestClock.atStart();
  private final Crm crm = Crm.builder().clock(clock).build();

  @Test
  void showsAContactWithItsCompaniesPrimaryFirstAndItsLatestActivitiesNewestFirst() {
    Company globex = crm.companies().create(CompanyDetails.builder().name("Globex").build());
    Company acme =
        crm.companies().create(CompanyDetails.builder().name("Acme").domain("acme.com").build());
    Contact ana =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .company(CompanyLink.secondary(globex.id(), "advisor"))
                    .company(CompanyLink.primary(acme.id(), "CTO"))
                    .build());
    Activity call =
        crm.timeline()
            .log(
                ActivityEntry.of(
                        new Call(Direction.OUTBOUND, CallOutcome.CONNECTED, Duration.ofMinutes(12)))
                    .about(ana.id()));
    clock.advance(Duration.ofHours(1));
    Activity visit =
        crm.timeline()
            .log(
                ActivityEntry.of(new PageVisit(URI.create("https://acme.example/pricing")))
                    .about(ana.id()));
    clock.advance(Duration.ofHours(1));
    Activity order =
        crm.timeline()
            .log(
                ActivityEntry.of(new Order("SO-1", Money.of("99.90", "EUR")))
                    .about(ana.id())
                    .about(acme.id())
                    .subject("First order"));

    ContactView view = crm.timeline().view(ana.id(), PageRequest.first(2));

    assertThat(view.contact()).isEqualTo(ana);
    assertThat(view.companies()).containsExactly(acme, globex);
    assertThat(view.activities().items()).containsExactly(order, visit);
    ContactView rest =
        crm.timeline()
            .view(ana.id(), PageRequest.after(view.activities().nextCursor().orElseThrow(), 2));
    assertThat(rest.activities().items()).containsExactly(call);
    assertThat(rest.activities().hasNext()).isFalse();
    assertThat(crm.timeline().forCompany(acme.id(), PageRequest.first(10)).items())
        .containsExactly(order);
    assertThat(order.type()).isEqualTo("order");
    assertThat(order.owner()).isEqualTo(crm.actor());
  }

  @Test
  void readsManyTimelinesAtOnceLeavingOutWhatTheActorMayNotRead() {
    AccessPolicy privateActivities =
        (actor, operation, target, owner) ->
            target.type() != RecordType.ACTIVITY || actor.equals(owner);
    Crm guarded =
        Crm.builder()
            .clock(clock)
            .actor(UserId.of("olivia"))
            .accessPolicy(privateActivities)
            .build();
    Crm mallory = guarded.actingAs(UserId.of("mallory"));
    Contact ana = guarded.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Contact bo = guarded.contacts().create(ContactDetails.builder().name("Bo", "Lima").build());
    Contact quiet = guarded.contacts().create(ContactDetails.builder().name("Cy", "Lima").build());
    Activity note =
        guarded.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).about(bo.id()));
    clock.advance(Duration.ofHours(1));
    Activity call =
        mallory
            .timeline()
            .log(
                ActivityEntry.of(
                        new Call(Direction.INBOUND, CallOutcome.CONNECTED, Duration.ofMinutes(3)))
                    .about(ana.id()));

    Map<ContactId, List<Activity>> olivias =
        guarded.timeline().forContacts(List.of(ana.id(), bo.id(), quiet.id()));
    Map<ContactId, List<Activity>> mallorys =
        mallory.timeline().forContacts(Set.of(ana.id(), bo.id()));

    assertThat(olivias)
        .containsExactly(
            Map.entry(ana.id(), List.of(note)),
            Map.entry(bo.id(), List.of(note)),
            Map.entry(quiet.id(), List.of()));
    assertThat(mallorys)
        .containsOnly(Map.entry(ana.id(), List.of(call)), Map.entry(bo.id(), List.of()));
    assertThat(mallorys.get(ana.id()))
        .isEqualTo(mallory.timeline().forContact(ana.id(), PageRequest.first(10)).items());
  }

  @Test
  void refusesANullContactAmongManyNamingItsPlace() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());

    assertThatThrownBy(() -> crm.timeline().forContacts(Arrays.asList(ana.id(), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("contacts[1] is null");
    assertThatThrownBy(() -> crm.timeline().forContacts(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("contacts");
  }

  @Test
  void logsAnActivityThatHappenedInThePastAtItsOwnInstant() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    clock.advance(Duration.ofDays(1));

    Activity note =
        crm.timeline()
            .log(
                ActivityEntry.of(new Note())
                    .about(ana.id())
                    .at(TestClock.START)
                    .body("met at the fair"));

    assertThat(note.occurredAt()).isEqualTo(TestClock.START);
    assertThat(note.revision().createdAt()).isEqualTo(clock.instant());
  }

  @Test
  void refusesAnActivityAboutAMissingContactAndWritesNothing() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    ContactId ghost = ContactId.of(UUID.randomUUID());

    assertThatThrownBy(
            () -> crm.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).about(ghost)))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(ghost.toString());
    assertThat(crm.timeline().forContact(ana.id(), PageRequest.first(5)).items()).isEmpty();
  }

  @Test
  void logsABatchOfActivitiesInOneUnitInTheOrderGiven() {
    RecordingPublisher events = new RecordingPublisher();
    Crm recorded = Crm.builder().clock(clock).eventPublisher(events).build();
    Contact ana = recorded.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Company acme = recorded.companies().create(CompanyDetails.builder().name("Acme").build());
    clock.advance(Duration.ofHours(1));
    int batchesBefore = events.batches().size();

    List<Activity> logged =
        recorded
            .timeline()
            .logAll(
                List.of(
                    ActivityEntry.of(new Note()).about(ana.id()).at(TestClock.START).subject("1"),
                    ActivityEntry.of(new Note()).about(acme.id()).subject("2"),
                    ActivityEntry.of(new Note()).about(ana.id()).about(acme.id()).subject("3")));

    assertThat(logged).extracting(a -> a.entry().subject()).containsExactly("1", "2", "3");
    assertThat(logged.get(0).occurredAt()).isEqualTo(TestClock.START);
    assertThat(recorded.timeline().forContact(ana.id(), PageRequest.first(5)).items())
        .extracting(a -> a.entry().subject())
        .containsExactly("3", "1");
    assertThat(recorded.timeline().forCompany(acme.id(), PageRequest.first(5)).items()).hasSize(2);
    assertThat(events.batches()).hasSize(batchesBefore + 1);
    assertThat(events.batches().get(batchesBefore))
        .hasSize(3)
        .allMatch(ActivityEvent.ActivityLogged.class::isInstance);
  }

  @Test
  void refusesABatchNamingAMissingCompanyAndWritesNothingOfIt() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    CompanyId ghost = CompanyId.of(UUID.randomUUID());

    assertThatThrownBy(
            () ->
                crm.timeline()
                    .logAll(
                        List.of(
                            ActivityEntry.of(new Note()).about(ana.id()),
                            ActivityEntry.of(new Note()).about(ana.id()).about(ghost))))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining(ghost.toString());
    assertThat(crm.timeline().forContact(ana.id(), PageRequest.first(5)).items()).isEmpty();
  }

  @Test
  void refusesABatchWithAnEntryAboutNothingNamingItsIndex() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());

    assertThatThrownBy(
            () ->
                crm.timeline()
                    .logAll(
                        List.of(
                            ActivityEntry.of(new Note()).about(ana.id()),
                            ActivityEntry.of(new Note()))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("entries[1] concerns nothing");
    assertThat(crm.timeline().forContact(ana.id(), PageRequest.first(5)).items()).isEmpty();
  }

  @Test
  void refusesABatchWithANullEntryNamingItsIndex() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());

    assertThatThrownBy(
            () ->
                crm.timeline()
                    .logAll(Arrays.asList(ActivityEntry.of(new Note()).about(ana.id()), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("entries[1] is null");
    assertThat(crm.timeline().forContact(ana.id(), PageRequest.first(5)).items()).isEmpty();
  }

  @Test
  void refusesAnActivityAboutNothing() {
    assertThatThrownBy(() -> crm.timeline().log(ActivityEntry.of(new Note())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one contact, company or record");
  }

  @Test
  void refusesTheViewOfAMissingContact() {
    ContactId ghost = ContactId.of(UUID.randomUUID());

    assertThatThrownBy(() -> crm.timeline().view(ghost, PageRequest.first(5)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("contact " + ghost + " not found");
  }

  @Test
  void correctsAndDeletesActivities() {
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Activity note =
        crm.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).subject("typo"));

    Activity corrected = crm.timeline().update(note.id(), 1, note.entry().subject("fixed"));
    crm.timeline().delete(corrected.id(), 2);

    assertThat(corrected.entry().subject()).isEqualTo("fixed");
    assertThat(corrected.occurredAt()).isEqualTo(note.occurredAt());
    assertThat(crm.timeline().find(note.id())).isEmpty();
  }
}
