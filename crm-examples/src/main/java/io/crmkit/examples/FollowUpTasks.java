package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Follow-up tasks due "within n business days" on the team's calendar: working days, office hours
 * and holidays in the office's time zone, and the agenda of what is due and overdue.
 *
 * @since 0.1
 */
public final class FollowUpTasks {

  private FollowUpTasks() {}

  /** Plans two follow-ups from a Friday afternoon before a holiday and reads the agenda. */
  public static void main(String[] args) {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BusinessCalendar office =
        BusinessCalendar.builder()
            .zone(berlin)
            .workingDays(
                DayOfWeek.MONDAY,
                DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)
            .hours(LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holiday(LocalDate.of(2026, 4, 6)) // Easter Monday
            .build();
    Instant fridayAfternoon = Instant.parse("2026-04-03T14:30:00Z");
    Crm crm =
        Crm.builder()
            .calendar(office)
            .clock(Clock.fixed(fridayAfternoon, berlin))
            .actor(UserId.of("ana"))
            .build();

    Task call =
        crm.tasks()
            .create(
                TaskDetails.builder()
                    .title("Call back Acme")
                    .dueAt(crm.tasks().inBusinessDays(1))
                    .build());
    Task quote =
        crm.tasks()
            .create(
                TaskDetails.builder()
                    .title("Send the quote")
                    .dueAt(crm.tasks().inBusinessDays(3))
                    .build());
    System.out.println(call.details().title() + " due " + call.details().dueAt().atZone(berlin));
    System.out.println(quote.details().title() + " due " + quote.details().dueAt().atZone(berlin));

    Instant wednesdayEvening = Instant.parse("2026-04-08T16:00:00Z");
    System.out.println(
        crm.tasks().agenda(crm.actor(), wednesdayEvening).overdue().size() + " overdue");
  }
}
