package io.crmkit.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.crmkit.core.AccessDeniedException;
import io.crmkit.core.ArchivedRecordException;
import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.Crm;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.FieldError;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TeamId;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.access.Operation;
import io.crmkit.core.contact.ContactEvent.ContactCreated;
import io.crmkit.core.contact.ContactEvent.ContactLifecycleStageChanged;
import io.crmkit.core.contact.ContactEvent.ContactUpdated;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.fixtures.RecordingPublisher;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContactServiceTests {

  private final TestClock clock = TestClock.atStart();
  private final RecordingPublisher events = new RecordingPublisher();
  private final Crm crm =
      Crm.builder()
          .tenant(TenantId.of("acme"))
          .actor(UserId.of("olivia"))
          .clock(clock)
          .eventPublisher(events)
          .build();

  @Test
  void createsAContactOwnedByTheActorAndPublishesItsCreation() {
    Contact ana = crm.contacts().create(ana().build());

    assertThat(ana.owner()).isEqualTo(UserId.of("olivia"));
    assertThat(ana.version()).isEqualTo(1);
    assertThat(ana.revision().createdAt()).isEqualTo(TestClock.START);
    assertThat(ana.lifecycleStage()).isEqualTo(LifecycleStage.LEAD);
    assertThat(crm.contacts().findByEmail(EmailAddress.of("ANA@example.com"))).contains(ana);
    assertThat(events.events())
        .containsExactly(new ContactCreated(crm.tenant(), ana.id(), TestClock.START, crm.actor()));
  }

  @Test
  void reportsEveryBadFieldAtOnce() {
    ContactDetails.Builder details =
        ContactDetails.builder()
            .email("not-an-email")
            .phone("12")
            .tag(" ")
            .socialProfile("linkedin", "ftp://x");

    assertThatThrownBy(details::build)
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .containsExactly("emails[0]", "phones[0]", "tags", "socialProfiles[0]", "name"))
        .hasMessageContaining("not-an-email")
        .hasMessageContaining("ftp://x");
  }

  @Test
  void checksCustomFieldsAgainstTheTenantsDefinitionsAndWritesNothingWhenTheyFail() {
    crm.customFields()
        .define(
            CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats").withRequired(true));
    crm.customFields()
        .define(
            CustomFieldDefinition.singleSelect(
                RecordType.CONTACT, "tier", "Tier", java.util.List.of("gold", "silver")));
    ContactDetails bad = ana().customField("tier", CustomFieldValue.Choice.of("bronze")).build();

    assertThatThrownBy(() -> crm.contacts().create(bad))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field)
                    .contains("customFields.seats", "customFields.tier"));
    assertThat(crm.contacts().count()).isZero();
    assertThat(events.events()).isEmpty();
  }

  @Test
  void refusesASecondContactWithTheSamePrimaryEmail() {
    Contact ana = crm.contacts().create(ana().build());

    assertThatThrownBy(
            () ->
                crm.contacts()
                    .create(
                        ContactDetails.builder()
                            .name("Ana", "Other")
                            .email("ana@example.com")
                            .build()))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("ana@example.com")
        .hasMessageContaining(ana.id().toString());
    assertThat(crm.contacts().count()).isEqualTo(1);
  }

  @Test
  void refusesAChangeBasedOnAStaleVersionAndKeepsTheNewerOne() {
    Contact ana = crm.contacts().create(ana().build());
    clock.advance(Duration.ofMinutes(5));
    Contact customer = crm.contacts().moveTo(ana.id(), 1, LifecycleStage.CUSTOMER);

    assertThatThrownBy(() -> crm.contacts().update(ana.id(), 1, d -> d.jobTitle("CTO")))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining("version 1");
    assertThat(crm.contacts().get(ana.id())).isEqualTo(customer);
    assertThat(customer.lifecycle().history())
        .extracting(c -> c.to())
        .containsExactly(LifecycleStage.LEAD, LifecycleStage.CUSTOMER);
    assertThat(customer.revision().updatedAt())
        .isEqualTo(TestClock.START.plus(Duration.ofMinutes(5)));
  }

  @Test
  void editsSomeDetailsAndKeepsTheRest() {
    Contact ana = crm.contacts().create(ana().tag("vip").build());

    Contact edited =
        crm.contacts().update(ana.id(), 1, d -> d.jobTitle("VP Sales").email("ana@work.example"));

    assertThat(edited.details().jobTitle()).isEqualTo("VP Sales");
    assertThat(edited.details().emails())
        .extracting(Object::toString)
        .containsExactly("ana@example.com", "ana@work.example");
    assertThat(edited.details().tags()).extracting(Object::toString).containsExactly("vip");
    assertThat(events.events()).last().isInstanceOf(ContactUpdated.class);
  }

  @Test
  void keepsArchivedContactsReadOnlyUntilRestored() {
    Contact ana = crm.contacts().create(ana().build());
    Contact archived = crm.contacts().archive(ana.id(), 1);

    assertThatThrownBy(() -> crm.contacts().moveTo(ana.id(), 2, LifecycleStage.CUSTOMER))
        .isInstanceOf(ArchivedRecordException.class)
        .hasMessageContaining(ana.id().toString());
    assertThat(crm.contacts().get(ana.id())).isEqualTo(archived);
    Contact restored = crm.contacts().unarchive(ana.id(), 2);
    assertThat(
            crm.contacts()
                .moveTo(ana.id(), restored.version(), LifecycleStage.CUSTOMER)
                .lifecycleStage())
        .isEqualTo(LifecycleStage.CUSTOMER);
  }

  @Test
  void upsertsByExternalIdCreatingThenUpdating() {
    ExternalId erp = ExternalId.of("erp", "C-100");

    Contact created = crm.contacts().upsert(erp, ana().build());
    Contact updated = crm.contacts().upsert(erp, ana().jobTitle("CFO").build());

    assertThat(updated.id()).isEqualTo(created.id());
    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.details().externalIds()).containsExactly(erp);
    assertThat(crm.contacts().findByExternalId(erp)).contains(updated);
    assertThat(events.batches()).hasSize(2);
  }

  @Test
  void publishesNothingWhenAUnitOfWorkFails() {
    Contact ana = crm.contacts().create(ana().build());
    int before = events.events().size();

    assertThatThrownBy(() -> crm.contacts().moveTo(ana.id(), 9, LifecycleStage.CUSTOMER))
        .isInstanceOf(ConcurrentUpdateException.class);

    assertThat(events.events()).hasSize(before);
  }

  @Test
  void aDeniedWriteThrowsAndChangesNothing() {
    AccessPolicy ownersOnly =
        AccessPolicy.byOwnerOrTeam(
            user -> Map.<UserId, Set<TeamId>>of().getOrDefault(user, Set.of()), Set.of());
    Crm guarded =
        Crm.builder()
            .clock(clock)
            .actor(UserId.of("olivia"))
            .accessPolicy(ownersOnly)
            .eventPublisher(events)
            .build();
    Contact ana = guarded.contacts().create(ana().build());
    Crm mallory = guarded.actingAs(UserId.of("mallory"));

    assertThatThrownBy(() -> mallory.contacts().moveTo(ana.id(), 1, LifecycleStage.CUSTOMER))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("mallory may not update contact " + ana.id());
    assertThatThrownBy(() -> mallory.contacts().get(ana.id()))
        .isInstanceOf(AccessDeniedException.class);
    assertThat(mallory.contacts().search(ContactQuery.all(), PageRequest.first(10)).items())
        .isEmpty();
    assertThat(guarded.contacts().get(ana.id())).isEqualTo(ana);
    assertThat(events.events()).hasSize(1);
  }

  @Test
  void nobodyLinksAnActivityToAContactTheyMayNotRead() {
    Crm guarded =
        Crm.builder()
            .clock(clock)
            .actor(UserId.of("olivia"))
            .accessPolicy(AccessPolicy.byOwnerOrTeam(user -> Set.of(), Set.of()))
            .build();
    Contact ana = guarded.contacts().create(ana().build());
    Crm mallory = guarded.actingAs(UserId.of("mallory"));
    Contact own = mallory.contacts().create(ContactDetails.builder().name("Mal", "Lory").build());

    assertThatThrownBy(
            () ->
                mallory
                    .timeline()
                    .log(ActivityEntry.of(new Note()).about(own.id()).about(ana.id())))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("mallory may not read contact " + ana.id());
    assertThatThrownBy(
            () ->
                mallory
                    .timeline()
                    .logAll(
                        List.of(
                            ActivityEntry.of(new Note()).about(own.id()),
                            ActivityEntry.of(new Note()).about(ana.id()))))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("mallory may not read contact " + ana.id());
    assertThat(guarded.timeline().forContact(own.id(), PageRequest.first(5)).items()).isEmpty();
  }

  @Test
  void aHostPolicyIsAskedAboutEachRecordWithItsReference() {
    List<String> asked = new ArrayList<>();
    AccessPolicy recording =
        (actor, operation, target, owner) -> {
          asked.add(operation + " " + target);
          return true;
        };
    Crm guarded =
        Crm.builder().clock(clock).actor(UserId.of("olivia")).accessPolicy(recording).build();

    Contact ana = guarded.contacts().create(ana().build());
    guarded.contacts().findByEmail(ana.details().emails().get(0));

    assertThat(asked)
        .containsExactly(
            "CREATE " + RecordRef.of(RecordType.CONTACT, ana.id()),
            "READ " + RecordRef.of(RecordType.CONTACT, ana.id()));
  }

  @Test
  void letsTeamMatesWorkOnEachOthersContacts() {
    TeamId sales = TeamId.of("sales");
    Map<UserId, Set<TeamId>> teams =
        Map.of(UserId.of("olivia"), Set.of(sales), UserId.of("tom"), Set.of(sales));
    Crm guarded =
        Crm.builder()
            .clock(clock)
            .actor(UserId.of("olivia"))
            .accessPolicy(
                AccessPolicy.byOwnerOrTeam(u -> teams.getOrDefault(u, Set.of()), Set.of()))
            .build();
    Contact ana = guarded.contacts().create(ana().build());

    Contact moved =
        guarded.actingAs(UserId.of("tom")).contacts().moveTo(ana.id(), 1, LifecycleStage.CUSTOMER);

    assertThat(moved.lifecycle().history())
        .last()
        .extracting(c -> c.by())
        .isEqualTo(UserId.of("tom"));
    assertThat(
            AccessPolicy.allowAll()
                .permits(
                    UserId.of("x"),
                    Operation.DELETE,
                    io.crmkit.core.RecordRef.of(RecordType.CONTACT, ana.id()),
                    null))
        .isTrue();
  }

  @Test
  void keepsTenantsApart() {
    Contact ana = crm.contacts().create(ana().build());
    Crm globex = crm.forTenant(TenantId.of("globex"), UserId.of("gina"));

    assertThat(globex.contacts().find(ana.id())).isEmpty();
    assertThat(globex.contacts().findByEmail(EmailAddress.of("ana@example.com"))).isEmpty();
    Contact other = globex.contacts().create(ana().build());
    assertThat(other.tenant()).isEqualTo(TenantId.of("globex"));
    assertThat(crm.contacts().count()).isEqualTo(1);
  }

  @Test
  void recordsLifecycleChangesWithWhoAndWhen() {
    Contact ana = crm.contacts().create(ana().build());
    clock.advance(Duration.ofDays(2));

    Contact mql = crm.contacts().moveTo(ana.id(), 1, LifecycleStage.MARKETING_QUALIFIED);
    Contact same = crm.contacts().moveTo(ana.id(), 2, LifecycleStage.MARKETING_QUALIFIED);

    assertThat(same).isEqualTo(mql);
    assertThat(events.events())
        .filteredOn(ContactLifecycleStageChanged.class::isInstance)
        .containsExactly(
            new ContactLifecycleStageChanged(
                crm.tenant(),
                ana.id(),
                LifecycleStage.LEAD,
                LifecycleStage.MARKETING_QUALIFIED,
                clock.instant(),
                crm.actor()));
  }

  @Test
  void createsManyContactsInOneCallAndPublishesEachCreation() {
    List<NewContact> people =
        List.of(
            NewContact.of(ana().build(), crm.actor(), LifecycleStage.LEAD),
            NewContact.of(bruno().build(), UserId.of("bruno"), LifecycleStage.CUSTOMER));

    List<Contact> created = crm.contacts().createAll(people);

    assertThat(created)
        .extracting(c -> c.details().name().display(), Contact::owner, Contact::lifecycleStage)
        .containsExactly(
            tuple("Ana Lima", crm.actor(), LifecycleStage.LEAD),
            tuple("Bruno Costa", UserId.of("bruno"), LifecycleStage.CUSTOMER));
    assertThat(created).allSatisfy(c -> assertThat(c.version()).isEqualTo(1));
    assertThat(crm.contacts().findByEmail(EmailAddress.of("bruno@example.com")))
        .contains(created.get(1));
    assertThat(crm.contacts().count()).isEqualTo(2);
    assertThat(events.events())
        .containsExactly(
            new ContactCreated(crm.tenant(), created.get(0).id(), TestClock.START, crm.actor()),
            new ContactCreated(crm.tenant(), created.get(1).id(), TestClock.START, crm.actor()));
  }

  @Test
  void createAllNamesTheIndexOfEveryContactWithBadCustomFieldsAndWritesNothing() {
    crm.customFields()
        .define(
            CustomFieldDefinition.singleSelect(
                RecordType.CONTACT, "tier", "Tier", List.of("gold", "silver")));
    List<NewContact> people =
        List.of(
            NewContact.of(
                ana().customField("tier", CustomFieldValue.Choice.of("gold")).build(),
                crm.actor(),
                LifecycleStage.LEAD),
            NewContact.of(
                bruno().customField("tier", CustomFieldValue.Choice.of("bronze")).build(),
                crm.actor(),
                LifecycleStage.LEAD));

    assertThatThrownBy(() -> crm.contacts().createAll(people))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.errors())
                    .extracting(FieldError::field, FieldError::value)
                    .containsExactly(tuple("contacts[1].customFields.tier", "bronze")))
        .hasMessageStartingWith("invalid contacts: contacts[1].customFields.tier 'bronze'");
    assertThat(crm.contacts().count()).isZero();
    assertThat(events.events()).isEmpty();
  }

  @Test
  void createAllOfNoContactWritesAndRaisesNothing() {
    int batchesBefore = events.batches().size();

    assertThat(crm.contacts().createAll(List.of())).isEmpty();
    assertThat(crm.contacts().count()).isZero();
    assertThat(events.batches()).hasSize(batchesBefore);
  }

  @Test
  void createAllNamesTheIndexOfAMissingContact() {
    List<NewContact> people = new ArrayList<>();
    people.add(NewContact.of(ana().build(), crm.actor(), LifecycleStage.LEAD));
    people.add(null);

    assertThatThrownBy(() -> crm.contacts().createAll(people))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invalid contacts: contacts[1]: is required");
    assertThat(crm.contacts().count()).isZero();
  }

  @Test
  void createAllRefusesAnEmailRepeatedInTheListAndWritesNothing() {
    List<NewContact> people =
        List.of(
            NewContact.of(ana().build(), crm.actor(), LifecycleStage.LEAD),
            NewContact.of(bruno().build(), crm.actor(), LifecycleStage.LEAD),
            NewContact.of(
                bruno().name("Bruno", "Other").build(), crm.actor(), LifecycleStage.LEAD));

    assertThatThrownBy(() -> crm.contacts().createAll(people))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("bruno@example.com");
    assertThat(crm.contacts().count()).isZero();
    assertThat(events.events()).isEmpty();
  }

  @Test
  void createAllAsksTheAccessPolicyAboutEveryContactAndWritesNothingWhenOneIsDenied() {
    List<String> asked = new ArrayList<>();
    AccessPolicy noContactsForBruno =
        (actor, operation, target, owner) -> {
          asked.add(operation + " for " + owner);
          return !UserId.of("bruno").equals(owner);
        };
    Crm guarded =
        Crm.builder()
            .clock(clock)
            .actor(UserId.of("olivia"))
            .accessPolicy(noContactsForBruno)
            .eventPublisher(events)
            .build();
    List<NewContact> people =
        List.of(
            NewContact.of(ana().build(), UserId.of("olivia"), LifecycleStage.LEAD),
            NewContact.of(bruno().build(), UserId.of("bruno"), LifecycleStage.LEAD));

    assertThatThrownBy(() -> guarded.contacts().createAll(people))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessageContaining("olivia may not create contact");
    assertThat(asked).containsExactly("CREATE for olivia", "CREATE for bruno");
    assertThat(guarded.contacts().count()).isZero();
    assertThat(events.events()).isEmpty();
  }

  @Test
  void findsManyContactsByPrimaryEmailOrExternalIdLeavingOutThoseTheActorMayNotRead() {
    Crm guarded =
        Crm.builder()
            .clock(clock)
            .actor(UserId.of("olivia"))
            .accessPolicy(AccessPolicy.byOwnerOrTeam(user -> Set.of(), Set.of()))
            .build();
    Contact ana = guarded.contacts().create(ana().externalId("erp", "C-1").build());
    Contact bruno = guarded.contacts().create(bruno().externalId("erp", "C-2").build());
    Crm mallory = guarded.actingAs(UserId.of("mallory"));
    Contact own =
        mallory
            .contacts()
            .create(ContactDetails.builder().name("Mal", "Lory").email("mal@example.com").build());

    assertThat(
            guarded
                .contacts()
                .findByEmails(
                    List.of(
                        EmailAddress.of("bruno@example.com"),
                        EmailAddress.of("ana.lima@example.com"),
                        EmailAddress.of("ana@example.com"))))
        .containsExactly(ana, bruno);
    assertThat(
            guarded
                .contacts()
                .findByExternalIds(
                    List.of(
                        ExternalId.of("erp", "C-2"),
                        ExternalId.of("erp", "C-9"),
                        ExternalId.of("erp", "C-2"))))
        .containsExactly(bruno);
    assertThat(
            mallory
                .contacts()
                .findByEmails(
                    List.of(
                        EmailAddress.of("ana@example.com"), EmailAddress.of("mal@example.com"))))
        .containsExactly(own);
  }

  private static ContactDetails.Builder bruno() {
    return ContactDetails.builder().name("Bruno", "Costa").email("bruno@example.com");
  }

  private static ContactDetails.Builder ana() {
    return ContactDetails.builder()
        .name("Ana", "Lima")
        .email("ana@example.com")
        .phone("+351 912 345 678");
  }
}
