package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.TaskRepository;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TaskRepository} must do: due and reminder windows over open tasks only. */
public abstract class TaskRepositoryContract {

  private static final Instant T0 = TestClock.START;
  private static final UserId BRUNO = UserId.of("bruno");

  protected TaskRepository tasks;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    tasks = newStorage().tasks();
  }

  @Test
  void listsOpenTasksOfOneAssigneeDueInAWindowEarliestFirst() {
    Task late = task(TENANT, OWNER, T0.plus(Duration.ofHours(5)), null);
    Task early = task(TENANT, OWNER, T0.plus(Duration.ofHours(1)), null);
    Task outside = task(TENANT, OWNER, T0.plus(Duration.ofDays(3)), null);
    Task brunos = task(TENANT, BRUNO, T0.plus(Duration.ofHours(2)), null);
    Task done = task(TENANT, OWNER, T0.plus(Duration.ofHours(3)), null);
    Task otherTenant = task(OTHER_TENANT, OWNER, T0.plus(Duration.ofHours(2)), null);
    for (Task task : new Task[] {late, early, outside, brunos, done, otherTenant}) {
      tasks.insert(task);
    }
    tasks.update(done.complete(T0, OWNER).state(), 1);

    assertThat(tasks.openDueBetween(TENANT, OWNER, T0, T0.plus(Duration.ofDays(1)), 100))
        .containsExactly(early, late);
    assertThat(tasks.openDueBetween(TENANT, OWNER, T0, T0.plus(Duration.ofDays(1)), 1))
        .containsExactly(early);
    assertThat(
            tasks.openDueBetween(
                TENANT, OWNER, T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(5)), 100))
        .containsExactly(early);
  }

  @Test
  void listsPendingRemindersInAWindowAndForgetsThemWhenTheTaskCloses() {
    Task soon = task(TENANT, OWNER, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofMinutes(10)));
    Task later = task(TENANT, BRUNO, T0.plus(Duration.ofDays(1)), T0.plus(Duration.ofMinutes(50)));
    Task noReminder = task(TENANT, OWNER, T0.plus(Duration.ofDays(1)), null);
    tasks.insert(soon);
    tasks.insert(later);
    tasks.insert(noReminder);

    assertThat(tasks.remindersBetween(TENANT, T0, T0.plus(Duration.ofHours(1)), 100))
        .containsExactly(soon, later);
    assertThat(
            tasks.remindersBetween(
                TENANT, T0.plus(Duration.ofMinutes(10)), T0.plus(Duration.ofMinutes(50)), 100))
        .containsExactly(soon);

    tasks.update(soon.cancel(T0, OWNER).state(), 1);
    assertThat(tasks.remindersBetween(TENANT, T0, T0.plus(Duration.ofHours(1)), 100))
        .containsExactly(later);
    assertThat(tasks.remindersBetween(OTHER_TENANT, T0, T0.plus(Duration.ofHours(1)), 100))
        .isEmpty();
  }

  @Test
  void takesOpenBoundsBeyondWhatADatabaseStores() {
    Task due = task(TENANT, OWNER, T0.plus(Duration.ofHours(1)), T0);
    tasks.insert(due);

    assertThat(tasks.openDueBetween(TENANT, OWNER, Instant.MIN, Instant.MAX, 100))
        .containsExactly(due);
    assertThat(tasks.openDueBetween(TENANT, OWNER, Instant.MIN, T0, 100)).isEmpty();
    assertThat(tasks.remindersBetween(TENANT, Instant.MIN, Instant.MAX, 100)).containsExactly(due);
    assertThat(
            tasks.remindersBetween(
                TENANT,
                Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("+20000-01-01T00:00:00Z"),
                100))
        .containsExactly(due);
  }

  @Test
  void findsTasksAboutARecord() {
    RecordRef deal = RecordRef.of(RecordType.DEAL, "d-7");
    Task about =
        Task.create(
                TaskId.of(Ids.next()),
                TENANT,
                TaskDetails.builder().title("Send proposal").dueAt(T0).about(deal).build(),
                OWNER,
                T0,
                OWNER)
            .state();
    tasks.insert(about);
    tasks.insert(task(TENANT, OWNER, T0, null));

    assertThat(tasks.about(TENANT, deal, PageRequest.first(10)).items()).containsExactly(about);
    assertThat(tasks.about(OTHER_TENANT, deal, PageRequest.first(10)).items()).isEmpty();
  }

  private static Task task(
      TenantId tenant, UserId assignee, Instant due, @Nullable Instant remind) {
    TaskDetails details =
        TaskDetails.builder().title("Call back").dueAt(due).remindAt(remind).build();
    return Task.create(TaskId.of(Ids.next()), tenant, details, assignee, T0, OWNER).state();
  }
}
