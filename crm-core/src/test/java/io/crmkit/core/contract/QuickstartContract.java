package io.crmkit.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskAgenda;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.Note;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ContactView;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every storage must do for the README's quickstart: create a contact, log a note about her,
 * create a task due in three business days, read her 360-degree view and the actor's agenda, with
 * the results the README prints, and the agenda again once the task is due and overdue. An
 * adapter's test class extends this and returns a fresh, empty storage from {@link #newStorage()}.
 */
public abstract class QuickstartContract {

  private TestClock clock;
  private Crm crm;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openCrm() {
    clock = TestClock.atStart();
    crm =
        Crm.builder()
            .storage(newStorage())
            .tenant(TenantId.of("default"))
            .actor(UserId.of("system"))
            .clock(clock)
            .build();
  }

  @Test
  void runsTheQuickstartWithTheResultsTheReadmePrints() {
    Contact ana =
        crm.contacts()
            .create(ContactDetails.builder().name("Ana", "Lima").email("Ana@Example.com").build());
    Activity met =
        crm.timeline().log(ActivityEntry.of(new Note()).about(ana.id()).subject("Met at the fair"));
    Instant due = crm.tasks().inBusinessDays(3);
    Task call = crm.tasks().create(TaskDetails.builder().title("Call Ana").dueAt(due).build());
    ContactView view = crm.timeline().view(ana.id(), PageRequest.first(10));
    TaskAgenda agenda = crm.tasks().agenda(crm.actor());

    assertThat(due).isEqualTo(crm.calendar().plusBusinessDays(TestClock.START, 3));
    assertThat(view.contact()).isEqualTo(ana);
    assertThat(view.contact().details().primaryEmail())
        .contains(EmailAddress.of("ana@example.com"));
    assertThat(view.contact().details().primaryEmail().orElseThrow().toString())
        .isEqualTo("ana@example.com");
    assertThat(view.companies()).isEmpty();
    assertThat(view.activities().items()).containsExactly(met);
    assertThat(view.activities().items().get(0).entry().subject()).isEqualTo("Met at the fair");
    assertThat(agenda.overdue()).isEmpty();
    assertThat(agenda.dueToday()).isEmpty();
    assertThat(crm.tasks().get(call.id())).isEqualTo(call);
  }

  @Test
  void listsTheQuickstartsTaskOnItsDayAndAsOverdueAfter() {
    Task call =
        crm.tasks()
            .create(
                TaskDetails.builder()
                    .title("Call Ana")
                    .dueAt(crm.tasks().inBusinessDays(3))
                    .build());

    clock.set(call.details().dueAt().minus(Duration.ofMinutes(1)));
    TaskAgenda dueDay = crm.tasks().agenda(crm.actor());
    clock.set(call.details().dueAt().plus(Duration.ofDays(1)));
    TaskAgenda dayAfter = crm.tasks().agenda(crm.actor());

    assertThat(dueDay.overdue()).isEmpty();
    assertThat(dueDay.dueToday()).containsExactly(call);
    assertThat(dayAfter.overdue()).containsExactly(call);
    assertThat(dayAfter.dueToday()).isEmpty();
    assertThat(crm.tasks().agenda(UserId.of("someone-else")).overdue()).isEmpty();
  }
}
