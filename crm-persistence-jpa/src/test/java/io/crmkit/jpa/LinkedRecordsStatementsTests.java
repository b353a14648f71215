package io.crmkit.jpa;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.fixtures.ContactFixtures;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.LeadFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskId;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LinkedRecordsStatementsTests {

  /** As many entries as the adapter's owner lookup reads in one query. */
  private static final int ENTRIES = 100;

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void checksTheLinksOfABatchWithOneOwnerQueryPerKind(TestDatabase database) {
    database.assumeConfigured();
    CrmStorage storage = database.freshStorage();
    List<ActivityEntry> entries = new ArrayList<>();
    storage
        .unitOfWork()
        .execute(
            () -> {
              for (int i = 0; i < ENTRIES; i++) {
                Contact contact = ContactFixtures.aContact().named("C", "N" + i).build();
                Lead lead = LeadFixtures.aLead().build();
                Task task =
                    Task.create(
                            TaskId.of(Ids.next()),
                            TENANT,
                            TaskDetails.builder().title("T").dueAt(TestClock.START).build(),
                            OWNER,
                            TestClock.START,
                            OWNER)
                        .state();
                storage.contacts().insert(contact);
                storage.leads().insert(lead);
                storage.tasks().insert(task);
                entries.add(
                    ActivityEntry.of(new Note())
                        .about(contact.id())
                        .regarding(RecordRef.of(RecordType.LEAD, lead.id()))
                        .regarding(RecordRef.of(RecordType.TASK, task.id())));
              }
              return null;
            });
    Crm crm =
        Crm.builder()
            .storage(storage)
            .tenant(TENANT)
            .actor(OWNER)
            .clock(TestClock.atStart())
            .build();

    StatementCounter.reset();
    crm.timeline().logAll(entries);
    List<String> selects =
        StatementCounter.statements().stream()
            .map(sql -> sql.toLowerCase(Locale.ROOT))
            .filter(sql -> sql.startsWith("select"))
            .toList();

    for (String table : List.of("crm_contact ", "crm_lead ", "crm_task ")) {
      assertThat(selects).filteredOn(sql -> sql.contains(" from " + table)).hasSize(1);
    }
  }
}
