package io.crmkit.benchmarks.ticket;

import io.crmkit.core.Changed;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.SlaPolicy;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketCondition;
import io.crmkit.core.ticket.TicketDetails;
import io.crmkit.core.ticket.TicketId;
import io.crmkit.core.ticket.TicketPriority;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The support desk the SLA benchmarks measure: a Berlin office calendar with holidays, one policy
 * with first-reply and resolution targets per priority in business hours, and seeded tickets of
 * every priority opened at whole minutes over a year, around the clock.
 *
 * @since 0.1
 */
public final class SupportLoad {

  /** The tenant of every generated ticket. */
  public static final TenantId TENANT = TenantId.of("bench");

  /** Who opens and moves the generated tickets. */
  public static final UserId AGENT = UserId.of("agent");

  /** The first instant a generated ticket can open at. */
  public static final Instant YEAR_START = Instant.parse("2026-01-01T00:00:00Z");

  private static final int MINUTES_A_YEAR = 365 * 24 * 60;

  private SupportLoad() {}

  /** Returns the office's calendar: weekdays 09:00 to 17:00 in Berlin, ten public holidays. */
  public static BusinessCalendar calendar() {
    return BusinessCalendar.builder()
        .zone(ZoneId.of("Europe/Berlin"))
        .workingDays(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)
        .hours(LocalTime.of(9, 0), LocalTime.of(17, 0))
        .holidays(
            List.of(
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 4, 3),
                LocalDate.of(2026, 4, 6),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 5, 14),
                LocalDate.of(2026, 5, 25),
                LocalDate.of(2026, 10, 3),
                LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26)))
        .build();
  }

  /** Returns the first-reply and resolution targets at {@code priority}, in business hours. */
  public static Duration target(TicketPriority priority, SlaMetric metric) {
    int hours =
        switch (priority) {
          case URGENT -> 1;
          case HIGH -> 2;
          case NORMAL -> 4;
          case LOW -> 8;
        };
    return Duration.ofHours(metric == SlaMetric.FIRST_REPLY ? hours : hours * 8L);
  }

  /** Returns the one policy: every ticket, both targets at every priority, warning at 75%. */
  public static SlaPolicy policy() {
    SlaPolicy.Builder policy = SlaPolicy.builder("Standard", TicketCondition.any());
    for (TicketPriority priority : TicketPriority.values()) {
      for (SlaMetric metric : List.of(SlaMetric.FIRST_REPLY, SlaMetric.RESOLUTION)) {
        policy.target(priority, metric, target(priority, metric));
      }
    }
    return policy.build();
  }

  /** Returns {@code count} new tickets, one priority after the other, without an SLA. */
  public static Ticket[] tickets(int count) {
    Ticket[] tickets = new Ticket[count];
    Random random = new Random(count);
    TicketPriority[] priorities = TicketPriority.values();
    for (int i = 0; i < count; i++) {
      TicketDetails details =
          TicketDetails.builder()
              .subject("Cannot log in " + i)
              .requester(ContactId.of(new UUID(random.nextLong(), random.nextLong())))
              .priority(priorities[i % priorities.length])
              .build();
      Changed<Ticket> opened =
          Ticket.open(
              TicketId.of(new UUID(random.nextLong(), i)), TENANT, details, YEAR_START, AGENT);
      tickets[i] = opened.state();
    }
    return tickets;
  }

  /**
   * Returns {@code count} seeded instants at whole minutes in the year from {@link #YEAR_START}.
   */
  public static Instant[] openingTimes(int count, long seed) {
    Random random = new Random(seed);
    Instant[] times = new Instant[count];
    for (int i = 0; i < count; i++) {
      times[i] = YEAR_START.plus(Duration.ofMinutes(random.nextInt(MINUTES_A_YEAR)));
    }
    return times;
  }
}
