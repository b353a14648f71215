package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.Notifier;
import io.crmkit.core.ticket.Escalation;
import io.crmkit.core.ticket.SlaDueWork;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.SlaPolicy;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketCondition;
import io.crmkit.core.ticket.TicketDetails;
import io.crmkit.core.ticket.TicketPriority;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * A support desk under an SLA policy measured in business hours: a ticket arrives, nobody replies
 * in time, and the due work raises the breach and runs the escalation (raise the priority, hand the
 * ticket to the team lead, notify them, create a task), on fixed clocks.
 *
 * @since 0.1
 */
public final class SupportDesk {

  private SupportDesk() {}

  /** Opens a ticket on a Monday morning and runs the SLA due work that afternoon. */
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
            .build();
    UserId lead = UserId.of("lead");
    TeamId support = TeamId.of("support");
    Notifier printer =
        note ->
            System.out.println(
                "Notified " + note.recipient() + " of " + note.metric() + " " + note.trigger());
    InMemoryCrmStorage storage = InMemoryCrmStorage.create();
    Instant mondayMorning = Instant.parse("2026-03-09T08:00:00Z"); // 09:00 in Berlin
    Crm morning = desk(storage, office, mondayMorning, printer);

    morning
        .tickets()
        .defineSlaPolicies(
            List.of(
                SlaPolicy.builder("Standard", TicketCondition.any())
                    .target(TicketPriority.NORMAL, SlaMetric.FIRST_REPLY, Duration.ofHours(4))
                    .target(TicketPriority.NORMAL, SlaMetric.RESOLUTION, Duration.ofHours(16))
                    .target(TicketPriority.HIGH, SlaMetric.FIRST_REPLY, Duration.ofHours(1))
                    .target(TicketPriority.HIGH, SlaMetric.RESOLUTION, Duration.ofHours(8))
                    .escalate(Escalation.onBreach(new Escalation.RaisePriority()))
                    .escalate(Escalation.onBreach(new Escalation.Reassign(lead, support)))
                    .escalate(Escalation.onBreach(new Escalation.Notify(null)))
                    .escalate(
                        Escalation.onBreach(
                            new Escalation.CreateTask("Call the customer", null, Duration.ZERO)))
                    .build()));
    Contact ana = morning.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Ticket ticket =
        morning
            .tickets()
            .open(TicketDetails.builder().subject("Cannot log in").requester(ana.id()).build());
    ticket = morning.tickets().assign(ticket, UserId.of("bruno"), support);
    System.out.println(
        "'" + ticket.details().subject() + "' due " + ticket.dueAt().orElseThrow().atZone(berlin));

    Crm afternoon = desk(storage, office, Instant.parse("2026-03-09T13:30:00Z"), printer);
    SlaDueWork work = afternoon.tickets().runSlaDueWork();
    System.out.println(work.breaches() + " breach, " + work.escalations() + " escalation actions");
    Ticket escalated = afternoon.tickets().get(ticket.id());
    System.out.println(
        "Now "
            + escalated.details().priority()
            + ", assigned to "
            + escalated.assignee().orElseThrow()
            + ", next due "
            + escalated.dueAt().orElseThrow().atZone(berlin));
    afternoon
        .tasks()
        .about(RecordRef.of(RecordType.TICKET, ticket.id()), PageRequest.first(10))
        .items()
        .forEach(
            task ->
                System.out.println("Task for " + task.assignee() + ": " + task.details().title()));
    System.out.println(
        afternoon.tickets().runSlaDueWork().escalations() + " escalation actions on a second run");
  }

  private static Crm desk(
      InMemoryCrmStorage storage, BusinessCalendar office, Instant now, Notifier notifier) {
    return Crm.builder()
        .storage(storage)
        .calendar(office)
        .clock(Clock.fixed(now, office.zone()))
        .actor(UserId.of("system"))
        .notifier(notifier)
        .build();
  }
}
