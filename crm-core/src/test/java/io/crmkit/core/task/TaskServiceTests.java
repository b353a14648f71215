package io.crmkit.core.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.statemachine.IllegalTransitionException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TaskServiceTests {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Friday 2026-03-06, 17:30 in Berlin: after hours, before a weekend. */
  private static final Instant FRIDAY_EVENING = Instant.parse("2026-03-06T16:30:00Z");

  private final TestClock clock = new TestClock(FRIDAY_EVENING);
  private final BusinessCalendar calendar =
      BusinessCalendar.builder()
          .zone(BERLIN)
          .workingDays(
              DayOfWeek.MONDAY,
              DayOfWeek.TUESDAY,
              DayOfWeek.WEDNESDAY,
              DayOfWeek.THURSDAY,
              DayOfWeek.FRIDAY)
          .hours(LocalTime.of(9, 0), LocalTime.of(17, 0))
          .build();
  private final Crm crm =
      Crm.builder().clock(clock).calendar(calendar).actor(UserId.of("olivia")).build();

  @Test
  void dueInBusinessDaysSkipsTheWeekend() {
    Instant due = crm.tasks().inBusinessDays(1);

    assertThat(due.atZone(BERLIN).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(
            calendar.isWorkingTime(due)
                || due.atZone(BERLIN).toLocalTime().equals(LocalTime.of(17, 0)))
        .isTrue();
  }

  @Test
  void dueInBusinessTimeCountsOnlyWorkingHours() {
    Instant due = crm.tasks().inBusinessTime(Duration.ofHours(4));

    assertThat(due).isEqualTo(Instant.parse("2026-03-09T12:00:00Z"));
  }

  @Test
  void theAgendaSplitsOverdueFromDueLaterTodayInTheCalendarsZone() {
    Task overdue = crm.tasks().create(call("Call Ana", FRIDAY_EVENING.minus(Duration.ofHours(3))));
    Task tonight = crm.tasks().create(call("Call Bo", FRIDAY_EVENING.plus(Duration.ofHours(2))));
    crm.tasks().create(call("Call Cy", FRIDAY_EVENING.plus(Duration.ofHours(8))));
    Task someoneElses =
        crm.tasks()
            .create(call("Call Di", FRIDAY_EVENING.minus(Duration.ofHours(1))), UserId.of("tom"));
    Task done = crm.tasks().create(call("Call Ed", FRIDAY_EVENING.minus(Duration.ofHours(2))));
    crm.tasks().complete(done.id(), 1);

    TaskAgenda agenda = crm.tasks().agenda(UserId.of("olivia"));

    assertThat(agenda.overdue()).containsExactly(overdue);
    assertThat(agenda.dueToday()).containsExactly(tonight);
    assertThat(crm.tasks().agenda(UserId.of("tom")).overdue()).containsExactly(someoneElses);
    assertThat(overdue.isOverdueAt(clock.instant())).isTrue();
  }

  @Test
  void returnsEachReminderOnceOverConsecutiveWindows() {
    Instant t = clock.instant();
    Task first =
        crm.tasks()
            .create(
                call("A", t.plus(Duration.ofDays(1))).toBuilder()
                    .remindAt(t.plus(Duration.ofMinutes(5)))
                    .build());
    Task second =
        crm.tasks()
            .create(
                call("B", t.plus(Duration.ofDays(1))).toBuilder()
                    .remindAt(t.plus(Duration.ofMinutes(15)))
                    .build());

    assertThat(crm.tasks().remindersBetween(t, t.plus(Duration.ofMinutes(10))))
        .containsExactly(first);
    assertThat(
            crm.tasks()
                .remindersBetween(t.plus(Duration.ofMinutes(10)), t.plus(Duration.ofMinutes(20))))
        .containsExactly(second);
    assertThatThrownBy(() -> crm.tasks().remindersBetween(t, t.minusSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends before it starts");
  }

  @Test
  void completingTwiceIsRefusedWithTheEventsThatAreAllowedAndChangesNothing() {
    Task task = crm.tasks().create(call("Call Ana", FRIDAY_EVENING));
    Task done = crm.tasks().complete(task.id(), 1);

    assertThatThrownBy(() -> crm.tasks().complete(task.id(), 2))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("'COMPLETE' is not allowed in state 'DONE'")
        .hasMessageContaining("'REOPEN'");
    assertThat(crm.tasks().get(task.id())).isEqualTo(done);
    assertThat(done.completedAt()).contains(clock.instant());
  }

  @Test
  void aClosedTaskCannotBeEditedUntilReopened() {
    Task task = crm.tasks().create(call("Call Ana", FRIDAY_EVENING));
    crm.tasks().cancel(task.id(), 1);

    assertThatThrownBy(
            () -> crm.tasks().update(task.id(), 2, call("Call Ana again", FRIDAY_EVENING)))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("CANCELLED");
    Task reopened = crm.tasks().reopen(task.id(), 2);
    assertThat(reopened.status()).isEqualTo(TaskStatus.OPEN);
    assertThat(
            crm.tasks()
                .update(task.id(), 3, call("Call Ana again", FRIDAY_EVENING))
                .details()
                .title())
        .isEqualTo("Call Ana again");
  }

  @Test
  void findsTasksAboutARecordAndReassignsThem() {
    var ana =
        crm.contacts()
            .create(io.crmkit.core.contact.ContactDetails.builder().name("Ana", "Lima").build());
    RecordRef contact = RecordRef.of(RecordType.CONTACT, ana.id());
    Task task =
        crm.tasks()
            .create(call("Send proposal", FRIDAY_EVENING).toBuilder().about(contact).build());

    Task reassigned = crm.tasks().assign(task.id(), 1, UserId.of("tom"));

    assertThat(reassigned.assignee()).isEqualTo(UserId.of("tom"));
    assertThat(crm.tasks().about(contact, io.crmkit.core.PageRequest.first(5)).items())
        .containsExactly(reassigned);
  }

  @Test
  void reportsEveryMissingFieldOfATask() {
    assertThatThrownBy(() -> TaskDetails.builder().title("  ").build())
        .hasMessageContaining("title")
        .hasMessageContaining("dueAt: is required");
  }

  private static TaskDetails call(String title, Instant due) {
    return TaskDetails.builder().title(title).kind(TaskKind.CALL).dueAt(due).build();
  }
}
