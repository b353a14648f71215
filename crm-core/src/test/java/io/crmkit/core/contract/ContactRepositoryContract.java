package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.ExternalId;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.UserId;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.spi.ContactRepository;
import io.crmkit.core.spi.CrmStorage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ContactRepository} must do, whatever it stores contacts in. An adapter's test
 * class extends this and returns a fresh, empty storage from {@link #newStorage()}.
 */
public abstract class ContactRepositoryContract {

  private static final Instant LATER = Instant.parse("2026-03-03T10:00:00Z");

  /** More contacts than adapters check or look up with one query (the JPA adapter's 500). */
  private static final int MANY = 1_100;

  protected CrmStorage storage;
  protected ContactRepository contacts;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    storage = newStorage();
    contacts = storage.contacts();
  }

  @Test
  void findsAnInsertedContactAsItWasStored() {
    Contact ana =
        aContact().withEmail("ana@example.com").withTag("vip").withPhone("+351912345678").build();

    contacts.insert(ana);

    assertThat(contacts.find(TENANT, ana.id())).contains(ana);
  }

  @Test
  void findsTheOwnerOfAContactInItsTenantOnly() {
    Contact ana = aContact().ownedBy(UserId.of("olivia")).build();
    contacts.insert(ana);

    assertThat(contacts.findOwner(TENANT, ana.id())).contains(UserId.of("olivia"));
    assertThat(contacts.findOwner(OTHER_TENANT, ana.id())).isEmpty();
    assertThat(contacts.findOwner(TENANT, ContactId.of(UUID.randomUUID()))).isEmpty();
  }

  @Test
  void findsTheOwnersOfManyContactsAtOnceInTheirTenantOnly() {
    Contact ana = aContact().ownedBy(UserId.of("olivia")).build();
    Contact ben = aContact().ownedBy(UserId.of("bruno")).build();
    contacts.insert(ana);
    contacts.insert(ben);
    // more ids than one query of an adapter that reads them in chunks may take: 1,001, so that a
    // chunk of 100, 500 or 1,000 leaves ben alone in the last one
    List<ContactId> ids = new ArrayList<>();
    ids.add(ana.id());
    for (int i = 0; i < 999; i++) {
      ids.add(ContactId.of(UUID.randomUUID()));
    }
    ids.add(ben.id());

    assertThat(contacts.findOwners(TENANT, ids))
        .containsOnly(entry(ana.id(), UserId.of("olivia")), entry(ben.id(), UserId.of("bruno")));
    assertThat(contacts.findOwners(OTHER_TENANT, ids)).isEmpty();
    assertThat(contacts.findOwners(TENANT, List.of())).isEmpty();
  }

  @Test
  void findsTheOwnersOfContactsInsertedEarlierInTheSameUnit() {
    Contact ana = aContact().ownedBy(UserId.of("olivia")).build();
    Contact ben = aContact().ownedBy(UserId.of("bruno")).build();
    contacts.insert(ana);

    Map<ContactId, UserId> owners =
        storage
            .unitOfWork()
            .execute(
                () -> {
                  contacts.insert(ben);
                  return contacts.findOwners(TENANT, List.of(ana.id(), ben.id()));
                });

    assertThat(owners)
        .containsOnly(entry(ana.id(), UserId.of("olivia")), entry(ben.id(), UserId.of("bruno")));
  }

  @Test
  void findsTheOwnerOfAContactInsertedOrReassignedEarlierInTheSameUnit() {
    Contact ana = aContact().ownedBy(UserId.of("olivia")).build();

    List<UserId> owners =
        storage
            .unitOfWork()
            .execute(
                () -> {
                  contacts.insert(ana);
                  UserId first = contacts.findOwner(TENANT, ana.id()).orElseThrow();
                  contacts.update(ana.assign(UserId.of("bruno"), LATER, ana.owner()).state(), 1);
                  return List.of(first, contacts.findOwner(TENANT, ana.id()).orElseThrow());
                });

    assertThat(owners).containsExactly(UserId.of("olivia"), UserId.of("bruno"));
  }

  @Test
  void neverFindsAContactOfAnotherTenant() {
    Contact ana = aContact().withEmail("ana@example.com").withExternalId("erp", "C-1").build();
    contacts.insert(ana);

    assertThat(contacts.find(OTHER_TENANT, ana.id())).isEmpty();
    assertThat(contacts.findByPrimaryEmail(OTHER_TENANT, EmailAddress.of("ana@example.com")))
        .isEmpty();
    assertThat(contacts.findByExternalId(OTHER_TENANT, ExternalId.of("erp", "C-1"))).isEmpty();
    assertThat(contacts.search(OTHER_TENANT, ContactQuery.all(), PageRequest.first(10)).items())
        .isEmpty();
    assertThat(contacts.count(OTHER_TENANT)).isZero();
  }

  @Test
  void neverChangesOrDeletesAContactOfAnotherTenant() {
    Contact ana = aContact().withEmail("ana@example.com").build();
    contacts.insert(ana);
    Contact intruder = aContact().inTenant(OTHER_TENANT).withEmail("x@example.com").build();

    assertThatThrownBy(() -> contacts.delete(OTHER_TENANT, ana.id(), 1))
        .isInstanceOf(NotFoundException.class);
    Contact forged =
        Contact.restore(
            ana.id(),
            OTHER_TENANT,
            ana.revision().next(LATER),
            intruder.details(),
            ana.owner(),
            ana.lifecycle(),
            false);
    assertThatThrownBy(() -> contacts.update(forged, 1)).isInstanceOf(NotFoundException.class);

    assertThat(contacts.find(TENANT, ana.id())).contains(ana);
  }

  @Test
  void refusesASecondContactWithTheSamePrimaryEmailInATenant() {
    Contact ana = aContact().withEmail("ana@example.com").build();
    contacts.insert(ana);
    Contact copy = aContact().withEmail("ANA@Example.com").build();

    assertThatThrownBy(() -> contacts.insert(copy))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("primaryEmail")
        .hasMessageContaining("ana@example.com");
    assertThat(contacts.find(TENANT, copy.id())).isEmpty();
    assertThat(contacts.count(TENANT)).isEqualTo(1);
  }

  @Test
  void allowsTheSamePrimaryEmailInAnotherTenant() {
    contacts.insert(aContact().withEmail("ana@example.com").build());
    Contact other = aContact().inTenant(OTHER_TENANT).withEmail("ana@example.com").build();

    contacts.insert(other);

    assertThat(contacts.findByPrimaryEmail(OTHER_TENANT, EmailAddress.of("ana@example.com")))
        .contains(other);
  }

  @Test
  void refusesASecondContactWithTheSameExternalId() {
    contacts.insert(aContact().withExternalId("erp", "C-1").build());

    assertThatThrownBy(() -> contacts.insert(aContact().withExternalId("erp", "C-1").build()))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("erp:C-1");
  }

  @Test
  void findsByPrimaryEmailAndExternalId() {
    Contact ana =
        aContact()
            .withEmail("ana@example.com")
            .withEmail("ana.lima@work.example")
            .withExternalId("erp", "C-1")
            .build();
    contacts.insert(ana);

    assertThat(contacts.findByPrimaryEmail(TENANT, EmailAddress.of("ana@example.com")))
        .contains(ana);
    assertThat(contacts.findByPrimaryEmail(TENANT, EmailAddress.of("ana.lima@work.example")))
        .isEmpty();
    assertThat(contacts.findByExternalId(TENANT, ExternalId.of("erp", "C-1"))).contains(ana);
  }

  @Test
  void updatesTheExpectedVersion() {
    Contact ana = aContact().withEmail("ana@example.com").build();
    contacts.insert(ana);
    Contact moved = ana.moveTo(LifecycleStage.CUSTOMER, LATER, ana.owner()).state();

    contacts.update(moved, 1);

    assertThat(contacts.find(TENANT, ana.id())).contains(moved);
    assertThat(contacts.find(TENANT, ana.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void refusesAnUpdateBasedOnAStaleVersionAndKeepsTheStoredOne() {
    Contact ana = aContact().withEmail("ana@example.com").build();
    contacts.insert(ana);
    Contact first = ana.moveTo(LifecycleStage.CUSTOMER, LATER, ana.owner()).state();
    contacts.update(first, 1);
    Contact second = ana.moveTo(LifecycleStage.EVANGELIST, LATER, ana.owner()).state();

    assertThatThrownBy(() -> contacts.update(second, 1))
        .isInstanceOf(ConcurrentUpdateException.class)
        .hasMessageContaining(ana.id().toString());
    assertThat(contacts.find(TENANT, ana.id())).contains(first);
  }

  @Test
  void refusesToUpdateAContactThatDoesNotExist() {
    Contact ghost = aContact().build();

    assertThatThrownBy(
            () ->
                contacts.update(
                    ghost.moveTo(LifecycleStage.CUSTOMER, LATER, ghost.owner()).state(), 1))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void refusesAnUpdateThatTakesAnotherContactsPrimaryEmail() {
    Contact ana = aContact().withEmail("ana@example.com").build();
    Contact bo = aContact().named("Bo", "Berg").withEmail("bo@example.com").build();
    contacts.insert(ana);
    contacts.insert(bo);
    Contact stealing =
        bo.update(
                bo.details().toBuilder().primaryEmail("ana@example.com").build(), LATER, bo.owner())
            .state();

    assertThatThrownBy(() -> contacts.update(stealing, 1)).isInstanceOf(DuplicateException.class);
    assertThat(contacts.find(TENANT, bo.id())).contains(bo);
    assertThat(contacts.findByPrimaryEmail(TENANT, EmailAddress.of("ana@example.com")))
        .contains(ana);
  }

  @Test
  void freesTheUniqueKeysOfADeletedContact() {
    Contact ana = aContact().withEmail("ana@example.com").withExternalId("erp", "C-1").build();
    contacts.insert(ana);

    contacts.delete(TENANT, ana.id(), 1);

    assertThat(contacts.find(TENANT, ana.id())).isEmpty();
    Contact again = aContact().withEmail("ana@example.com").withExternalId("erp", "C-1").build();
    contacts.insert(again);
    assertThat(contacts.findByPrimaryEmail(TENANT, EmailAddress.of("ana@example.com")))
        .contains(again);
  }

  @Test
  void refusesADeleteBasedOnAStaleVersion() {
    Contact ana = aContact().build();
    contacts.insert(ana);

    assertThatThrownBy(() -> contacts.delete(TENANT, ana.id(), 7))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(contacts.find(TENANT, ana.id())).contains(ana);
  }

  @Test
  void searchesByAnyEmailPhoneTagOwnerStageCompanyAndCustomField() {
    CompanyId acme = CompanyId.of(Ids.next());
    Contact ana =
        aContact()
            .withEmail("ana@example.com")
            .withEmail("ana@work.example")
            .withPhone("+49 30 901820")
            .withTag("vip")
            .atCompany(acme)
            .withCustomField("size", new CustomFieldValue.Number(120))
            .atStage(LifecycleStage.CUSTOMER)
            .build();
    Contact bo =
        aContact().named("Bo", "Berg").ownedBy(UserId.of("bruno")).withTag("trade-show").build();
    contacts.insert(ana);
    contacts.insert(bo);

    assertThat(search(ContactQuery.all().withEmail("ana@work.example"))).containsExactly(ana);
    assertThat(search(ContactQuery.all().withPhone(PhoneNumber.parse("+4930901820"))))
        .containsExactly(ana);
    assertThat(search(ContactQuery.all().withTag("VIP"))).containsExactly(ana);
    assertThat(search(ContactQuery.all().withOwner(UserId.of("bruno")))).containsExactly(bo);
    assertThat(search(ContactQuery.all().withLifecycleStage(LifecycleStage.CUSTOMER)))
        .containsExactly(ana);
    assertThat(search(ContactQuery.all().withCompany(acme))).containsExactly(ana);
    assertThat(search(ContactQuery.all().withCustomField("size", new CustomFieldValue.Number(120))))
        .containsExactly(ana);
    assertThat(search(ContactQuery.all().withCustomField("size", new CustomFieldValue.Number(121))))
        .isEmpty();
    assertThat(search(ContactQuery.all().withTag("vip").withOwner(UserId.of("bruno")))).isEmpty();
  }

  @Test
  void searchesByNamePrefixIgnoringCaseAndAccents() {
    Contact zoe = aContact().named("Zoë", "Ångström").build();
    Contact zora = aContact().named("Zora", "Lind").build();
    Contact bo = aContact().named("Bo", "Berg").build();
    contacts.insert(zoe);
    contacts.insert(zora);
    contacts.insert(bo);

    assertThat(search(ContactQuery.all().withNamePrefix("zo"))).containsExactly(zoe, zora);
    assertThat(search(ContactQuery.all().withNamePrefix("ZOE"))).containsExactly(zoe);
    assertThat(search(ContactQuery.all().withNamePrefix("angs"))).containsExactly(zoe);
    assertThat(search(ContactQuery.all().withNamePrefix("l"))).containsExactly(zora);
    assertThat(search(ContactQuery.all().withNamePrefix("x"))).isEmpty();
  }

  @Test
  void leavesArchivedContactsOutUnlessAsked() {
    Contact ana = aContact().withTag("vip").build();
    contacts.insert(ana);
    Contact archived = ana.archive(LATER, ana.owner()).state();
    contacts.update(archived, 1);

    assertThat(search(ContactQuery.all().withTag("vip"))).isEmpty();
    assertThat(search(ContactQuery.all().withTag("vip").includingArchived()))
        .containsExactly(archived);
  }

  @Test
  void pagesThroughEveryMatchOnceInIdOrder() {
    List<Contact> inserted = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      Contact contact = aContact().named("Person", "Number" + i).withTag("bulk").build();
      contacts.insert(contact);
      inserted.add(contact);
    }
    contacts.insert(aContact().named("Not", "Tagged").build());

    List<ContactId> seen = new ArrayList<>();
    PageRequest request = PageRequest.first(10);
    List<Integer> sizes = new ArrayList<>();
    while (true) {
      Page<Contact> page = contacts.search(TENANT, ContactQuery.all().withTag("bulk"), request);
      sizes.add(page.items().size());
      page.items().forEach(c -> seen.add(c.id()));
      if (!page.hasNext()) {
        break;
      }
      request = PageRequest.after(page.nextCursor().orElseThrow(), 10);
    }

    assertThat(sizes).containsExactly(10, 10, 5);
    assertThat(seen).containsExactlyElementsOf(inserted.stream().map(Contact::id).toList());
  }

  @Test
  void keepsPagingStableWhenContactsAreAddedBetweenPages() {
    for (int i = 0; i < 6; i++) {
      contacts.insert(aContact().named("Early", "N" + i).build());
    }
    Page<Contact> first = contacts.search(TENANT, ContactQuery.all(), PageRequest.first(3));
    contacts.insert(aContact().named("Late", "Comer").build());

    Page<Contact> second =
        contacts.search(
            TENANT, ContactQuery.all(), PageRequest.after(first.nextCursor().orElseThrow(), 3));

    assertThat(second.items()).doesNotContainAnyElementsOf(first.items());
    assertThat(second.items())
        .extracting(c -> c.details().name().family())
        .containsExactly("N3", "N4", "N5");
  }

  @Test
  void countsTheContactsOfOneTenant() {
    contacts.insert(aContact().build());
    contacts.insert(aContact().build());
    contacts.insert(aContact().inTenant(OTHER_TENANT).build());

    assertThat(contacts.count(TENANT)).isEqualTo(2);
    assertThat(contacts.count(OTHER_TENANT)).isEqualTo(1);
  }

  @Test
  void insertsManyContactsAtOnce() {
    List<Contact> many = new ArrayList<>();
    for (int i = 0; i < MANY; i++) {
      many.add(
          aContact().withEmail("c" + i + "@example.com").withExternalId("erp", "C" + i).build());
    }

    insertAll(many);

    assertThat(contacts.count(TENANT)).isEqualTo(MANY);
    Contact last = many.get(MANY - 1);
    assertThat(contacts.find(TENANT, last.id())).contains(last);
    assertThat(contacts.findByExternalId(TENANT, ExternalId.of("erp", "C" + (MANY - 1))))
        .contains(last);
  }

  @Test
  void insertsNothingOfManyContactsWhenOneRepeatsAnotherOnesPrimaryEmail() {
    List<Contact> many =
        List.of(
            aContact().withEmail("ana@example.com").build(),
            aContact().withEmail("bruno@example.com").build(),
            aContact().withEmail("ANA@example.com").build());

    assertThatThrownBy(() -> insertAll(many))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("primaryEmail")
        .hasMessageContaining("ana@example.com");
    assertThat(contacts.count(TENANT)).isZero();
  }

  @Test
  void insertsNothingOfManyContactsWhenOneRepeatsAnotherOnesExternalId() {
    List<Contact> many =
        List.of(
            aContact().withExternalId("erp", "C-1").build(),
            aContact().withExternalId("erp", "C-2").build(),
            aContact().withExternalId("erp", "C-1").build());

    assertThatThrownBy(() -> insertAll(many))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("erp:C-1");
    assertThat(contacts.count(TENANT)).isZero();
  }

  @Test
  void insertsNothingOfManyContactsWhenOneTakesAStoredContactsKey() {
    Contact ana = aContact().withEmail("ana@example.com").build();
    Contact bruno = aContact().withExternalId("erp", "C-1").build();
    contacts.insert(ana);
    contacts.insert(bruno);
    List<Contact> many = new ArrayList<>();
    for (int i = 0; i < MANY; i++) {
      many.add(aContact().withEmail("c" + i + "@example.com").build());
    }
    many.add(aContact().withExternalId("erp", "C-1").build());

    assertThatThrownBy(() -> insertAll(many))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("erp:C-1")
        .hasMessageContaining(bruno.id().toString());
    assertThatThrownBy(() -> insertAll(List.of(aContact().withEmail("Ana@Example.com").build())))
        .isInstanceOf(DuplicateException.class)
        .hasMessageContaining("ana@example.com")
        .hasMessageContaining(ana.id().toString());
    assertThat(search(ContactQuery.all())).containsExactly(ana, bruno);
  }

  @Test
  void findsManyContactsByPrimaryEmailsAndExternalIdsEachOnceInIdOrder() {
    Contact ana =
        aContact()
            .withEmail("ana@example.com")
            .withEmail("ana.lima@work.example")
            .withExternalId("erp", "C-1")
            .withExternalId("shop", "S-1")
            .build();
    Contact bruno = aContact().withEmail("bruno@example.com").withExternalId("erp", "C-2").build();
    contacts.insert(ana);
    contacts.insert(bruno);
    contacts.insert(aContact().withEmail("carla@example.com").build());
    contacts.insert(
        aContact()
            .inTenant(OTHER_TENANT)
            .withEmail("dora@example.com")
            .withExternalId("erp", "C-3")
            .build());

    assertThat(
            contacts.findByPrimaryEmails(
                TENANT,
                List.of(
                    EmailAddress.of("bruno@example.com"),
                    EmailAddress.of("ana.lima@work.example"),
                    EmailAddress.of("ana@example.com"),
                    EmailAddress.of("bruno@example.com"),
                    EmailAddress.of("dora@example.com"))))
        .containsExactly(ana, bruno);
    assertThat(
            contacts.findByExternalIds(
                TENANT,
                List.of(
                    ExternalId.of("erp", "C-2"),
                    ExternalId.of("shop", "S-1"),
                    ExternalId.of("erp", "C-1"),
                    ExternalId.of("erp", "C-3"))))
        .containsExactly(ana, bruno);
    assertThat(contacts.findByPrimaryEmails(TENANT, List.of())).isEmpty();
    assertThat(contacts.findByExternalIds(TENANT, List.of())).isEmpty();
  }

  @Test
  void findsMoreContactsByPrimaryEmailsThanABulkChunk() {
    List<Contact> many = new ArrayList<>();
    for (int i = 0; i < MANY; i++) {
      many.add(
          aContact().withEmail("c" + i + "@example.com").withExternalId("erp", "C" + i).build());
    }
    insertAll(many);

    assertThat(
            contacts.findByPrimaryEmails(
                TENANT, many.stream().flatMap(c -> c.details().primaryEmail().stream()).toList()))
        .containsExactlyElementsOf(
            many.stream().sorted(java.util.Comparator.comparing(Contact::id)).toList());
    assertThat(
            contacts.findByExternalIds(
                TENANT, many.stream().flatMap(c -> c.details().externalIds().stream()).toList()))
        .hasSize(MANY);
  }

  /** Inserts {@code many} in a unit of work, as the services do. */
  private void insertAll(List<Contact> many) {
    storage
        .unitOfWork()
        .execute(
            () -> {
              contacts.insertAll(many);
              return null;
            });
  }

  private List<Contact> search(ContactQuery query) {
    return contacts.search(TENANT, query, PageRequest.first(100)).items();
  }
}
