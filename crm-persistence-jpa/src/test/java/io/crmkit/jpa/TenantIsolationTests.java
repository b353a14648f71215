package io.crmkit.jpa;

import static io.crmkit.core.fixtures.CompanyFixtures.aCompany;
import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.aContact;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyQuery;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactQuery;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskId;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ActivityId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A tenant that knows another tenant's ids and cursors still reads and changes nothing of it. */
class TenantIsolationTests {

  private static final Instant LATER = TestClock.START.plus(Duration.ofHours(1));

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anIntruderPagesThroughNothingWithAnotherTenantsCursor(TestDatabase database) {
    database.assumeConfigured();
    JpaCrmStorage storage = database.freshStorage();
    for (int i = 0; i < 4; i++) {
      storage.contacts().insert(aContact().withTag("vip").build());
      storage.companies().insert(aCompany().withTag("vip").build());
    }
    var contactsPage =
        storage.contacts().search(TENANT, ContactQuery.all().withTag("vip"), PageRequest.first(2));
    var companiesPage =
        storage.companies().search(TENANT, CompanyQuery.all(), PageRequest.first(2));

    assertThat(
            storage
                .contacts()
                .search(
                    OTHER_TENANT,
                    ContactQuery.all().withTag("vip").includingArchived(),
                    PageRequest.after(contactsPage.nextCursor().orElseThrow(), 10))
                .items())
        .isEmpty();
    assertThat(
            storage
                .companies()
                .search(
                    OTHER_TENANT,
                    CompanyQuery.all().withTag("vip"),
                    PageRequest.after(companiesPage.nextCursor().orElseThrow(), 10))
                .items())
        .isEmpty();
    assertThat(storage.contacts().count(OTHER_TENANT)).isZero();
    assertThat(storage.companies().count(OTHER_TENANT)).isZero();
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void anIntruderCannotChangeOrDeleteAnotherTenantsRecordsById(TestDatabase database) {
    database.assumeConfigured();
    JpaCrmStorage storage = database.freshStorage();
    Contact ana = aContact().withEmail("ana@example.com").build();
    Company acme = aCompany().build();
    Activity note = note(ana);
    Task task = task();
    storage.contacts().insert(ana);
    storage.companies().insert(acme);
    storage.activities().insert(note);
    storage.tasks().insert(task);
    storage
        .customFields()
        .save(TENANT, CustomFieldDefinition.text(RecordType.CONTACT, "nickname", "Nickname"));

    Company forgedCompany =
        Company.restore(
            acme.id(),
            OTHER_TENANT,
            acme.revision().next(LATER),
            acme.details(),
            acme.owner(),
            acme.lifecycle(),
            true);
    Activity forgedNote =
        Activity.restore(note.id(), OTHER_TENANT, note.revision().next(LATER), OWNER, note.entry());
    Task forgedTask =
        Task.restore(
            task.id(),
            OTHER_TENANT,
            task.revision().next(LATER),
            task.details(),
            OWNER,
            task.status(),
            null);

    assertThatThrownBy(() -> storage.companies().update(forgedCompany, 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> storage.activities().update(forgedNote, 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> storage.tasks().update(forgedTask, 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> storage.contacts().delete(OTHER_TENANT, ana.id(), 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> storage.companies().delete(OTHER_TENANT, acme.id(), 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> storage.activities().delete(OTHER_TENANT, note.id(), 1))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> storage.tasks().delete(OTHER_TENANT, task.id(), 1))
        .isInstanceOf(NotFoundException.class);
    assertThat(storage.customFields().remove(OTHER_TENANT, RecordType.CONTACT, "nickname"))
        .isFalse();

    assertThat(storage.contacts().find(TENANT, ana.id())).contains(ana);
    assertThat(storage.companies().find(TENANT, acme.id())).contains(acme);
    assertThat(storage.activities().find(TENANT, note.id())).contains(note);
    assertThat(storage.tasks().find(TENANT, task.id())).contains(task);
    assertThat(storage.customFields().findAll(TENANT, RecordType.CONTACT)).hasSize(1);
    assertThat(storage.customFields().findAll(OTHER_TENANT, RecordType.CONTACT)).isEmpty();
    assertThat(storage.activities().find(OTHER_TENANT, note.id())).isEmpty();
    assertThat(storage.tasks().find(OTHER_TENANT, task.id())).isEmpty();
    assertThat(
            storage
                .tasks()
                .about(
                    OTHER_TENANT, RecordRef.of(RecordType.CONTACT, ana.id()), PageRequest.first(5))
                .items())
        .isEmpty();
  }

  private static Activity note(Contact contact) {
    return Activity.log(
            ActivityId.of(Ids.next()),
            TENANT,
            ActivityEntry.of(new Note()).about(contact.id()),
            TestClock.START,
            OWNER)
        .state();
  }

  private static Task task() {
    return Task.create(
            TaskId.of(Ids.next()),
            TENANT,
            TaskDetails.builder().title("Call back").dueAt(LATER).build(),
            OWNER,
            TestClock.START,
            OWNER)
        .state();
  }
}
