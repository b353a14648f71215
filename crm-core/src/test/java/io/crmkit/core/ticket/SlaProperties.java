package io.crmkit.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.Crm;
import io.crmkit.core.CrmException;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.ticket.internal.SlaClocks;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Random sequences of ticket commands and runs of the due work under an SLA policy: whatever
 * happens, a paused clock never breaches, the business time a clock counts never exceeds the
 * calendar time since the ticket arrived, and a solved ticket has every clock stopped.
 */
class SlaProperties {

  private static final BusinessCalendar CALENDAR =
      BusinessCalendar.builder()
          .zone(ZoneOffset.UTC)
          .workingDays(
              DayOfWeek.MONDAY,
              DayOfWeek.TUESDAY,
              DayOfWeek.WEDNESDAY,
              DayOfWeek.THURSDAY,
              DayOfWeek.FRIDAY)
          .hours(LocalTime.of(9, 0), LocalTime.of(17, 0))
          .build();

  /** One step of a ticket's life. */
  sealed interface Command
      permits Advance, Pend, Hold, Open, AgentReply, CustomerReply, Solve, Reopen, DueWork {}

  record Advance(int minutes) implements Command {}

  record Pend() implements Command {}

  record Hold() implements Command {}

  record Open() implements Command {}

  record AgentReply() implements Command {}

  record CustomerReply() implements Command {}

  record Solve() implements Command {}

  record Reopen() implements Command {}

  record DueWork() implements Command {}

  private static Gen<Command> commands() {
    return integers().between(0, 8 * 1000 - 1).map(SlaProperties::command);
  }

  private static Command command(int n) {
    return switch (n % 9) {
      case 0 -> new Advance(1 + n / 9 * 7 % 3000);
      case 1 -> new Pend();
      case 2 -> new Hold();
      case 3 -> new Open();
      case 4 -> new AgentReply();
      case 5 -> new CustomerReply();
      case 6 -> new Solve();
      case 7 -> new Reopen();
      default -> new DueWork();
    };
  }

  @Test
  void clocksKeepTheirInvariantsAfterAnySequenceOfCommands() {
    qt().withExamples(150)
        .forAll(lists().of(commands()).ofSizeBetween(1, 40), booleans().all())
        .checkAssert(this::run);
  }

  private void run(List<Command> commands, boolean businessHours) {
    TestClock clock = new TestClock(Instant.parse("2026-03-06T15:00:00Z"));
    Crm crm = Crm.builder().clock(clock).calendar(CALENDAR).actor(UserId.of("olivia")).build();
    SlaPolicy.Builder policy =
        SlaPolicy.builder("standard", TicketCondition.any())
            .target(TicketPriority.NORMAL, SlaMetric.FIRST_REPLY, Duration.ofHours(1))
            .target(TicketPriority.NORMAL, SlaMetric.NEXT_REPLY, Duration.ofHours(2))
            .target(TicketPriority.NORMAL, SlaMetric.PERIODIC_UPDATE, Duration.ofHours(6))
            .target(TicketPriority.NORMAL, SlaMetric.RESOLUTION, Duration.ofHours(8))
            .pauseIn(SlaMetric.PERIODIC_UPDATE, TicketStatus.ON_HOLD);
    if (!businessHours) {
      policy.calendarHours();
    }
    crm.tickets().defineSlaPolicies(List.of(policy.build()));
    Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Ticket ticket =
        crm.tickets()
            .open(TicketDetails.builder().subject("Cannot log in").requester(ana.id()).build());
    Instant arrived = clock.instant();
    SlaClocks measure = new SlaClocks(CALENDAR);
    for (Command command : commands) {
      Ticket before = ticket;
      try {
        ticket = apply(crm, clock, ticket, command);
      } catch (CrmException | IllegalArgumentException refused) {
        ticket = crm.tickets().get(ticket.id());
        assertThat(ticket).isEqualTo(before);
      }
      TicketSla sla = ticket.sla().orElseThrow();
      if (command instanceof DueWork) {
        for (SlaClock after : sla.clocks()) {
          before
              .sla()
              .orElseThrow()
              .clock(after.metric())
              .filter(SlaClock::isPaused)
              .ifPresent(paused -> assertThat(after.breached()).isEqualTo(paused.breached()));
        }
      }
      Duration calendarTime = Duration.between(arrived, clock.instant());
      for (SlaClock c : sla.clocks()) {
        Duration counted =
            c.isRunning()
                ? c.elapsed()
                    .plus(measure.measure(c.businessHours(), c.runningSince(), clock.instant()))
                : c.elapsed();
        assertThat(counted).isLessThanOrEqualTo(calendarTime);
      }
      if (!ticket.isUnsolved()) {
        assertThat(sla.clocks()).allMatch(SlaClock::isStopped);
        assertThat(ticket.dueAt()).isEmpty();
      }
    }
  }

  private static Ticket apply(Crm crm, TestClock clock, Ticket ticket, Command command) {
    TicketService tickets = crm.tickets();
    if (command instanceof Advance advance) {
      clock.advance(Duration.ofMinutes(advance.minutes()));
      return ticket;
    } else if (command instanceof Pend) {
      return tickets.move(ticket, TicketAction.PEND);
    } else if (command instanceof Hold) {
      return tickets.move(ticket, TicketAction.HOLD);
    } else if (command instanceof Open) {
      return tickets.move(ticket, TicketAction.OPEN);
    } else if (command instanceof AgentReply) {
      return tickets.reply(ticket, "We are on it");
    } else if (command instanceof CustomerReply) {
      return tickets.receive(ticket, "Any news?");
    } else if (command instanceof Solve) {
      return tickets.move(ticket, TicketAction.SOLVE);
    } else if (command instanceof Reopen) {
      return tickets.move(ticket, TicketAction.REOPEN);
    }
    tickets.runSlaDueWork();
    return tickets.get(ticket.id());
  }
}
