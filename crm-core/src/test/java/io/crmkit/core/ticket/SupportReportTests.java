package io.crmkit.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupportReportTests {

  private static final UserId BRUNO = UserId.of("bruno");
  private static final TeamId SUPPORT = TeamId.of("support");

  /** Monday 2026-03-02, 09:00 UTC: the start of a working day. */
  private final TestClock clock = TestClock.atStart();

  private final Crm crm =
      Crm.builder()
          .clock(clock)
          .calendar(
              BusinessCalendar.builder()
                  .zone(ZoneOffset.UTC)
                  .workingDays(
                      DayOfWeek.MONDAY,
                      DayOfWeek.TUESDAY,
                      DayOfWeek.WEDNESDAY,
                      DayOfWeek.THURSDAY,
                      DayOfWeek.FRIDAY)
                  .hours(LocalTime.of(9, 0), LocalTime.of(17, 0))
                  .build())
          .actor(BRUNO)
          .build();
  private final Contact ana =
      crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());

  @Test
  void reportsAttainmentReplyAndResolutionTimesAndTheBacklog() {
    crm.tickets()
        .defineSlaPolicies(
            List.of(
                SlaPolicy.builder("standard", TicketCondition.any())
                    .calendarHours()
                    .target(TicketPriority.NORMAL, SlaMetric.FIRST_REPLY, Duration.ofHours(1))
                    .target(TicketPriority.NORMAL, SlaMetric.RESOLUTION, Duration.ofHours(8))
                    .build()));
    Ticket quick = open();
    clock.advance(Duration.ofHours(1));
    quick = crm.tickets().reply(quick, "Done");
    clock.advance(Duration.ofHours(1));
    crm.tickets().move(quick, TicketAction.SOLVE);
    Ticket slow = open();
    clock.advance(Duration.ofHours(3));
    crm.tickets().reply(slow, "Sorry for the wait");
    open();

    SupportReport report =
        crm.tickets().report(TestClock.START, TestClock.START.plus(Duration.ofDays(1)));

    assertThat(report.byPolicy()).containsEntry("standard", new SupportReport.Attainment(3, 2));
    assertThat(report.byPriority().get(TicketPriority.NORMAL).percent())
        .isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
    assertThat(report.byTeam()).containsEntry(SUPPORT, new SupportReport.Attainment(3, 2));
    assertThat(report.byAgent()).containsEntry(BRUNO, new SupportReport.Attainment(3, 2));
    assertThat(report.firstReply())
        .isEqualTo(new SupportReport.Distribution(2, Duration.ofHours(1), Duration.ofHours(3)));
    assertThat(report.resolution())
        .isEqualTo(new SupportReport.Distribution(1, Duration.ofHours(2), Duration.ofHours(2)));
    assertThat(report.backlog())
        .extracting(SupportReport.AgeBucket::tickets)
        .containsExactly(2, 0, 0, 0);
  }

  @Test
  void aMedianAndP90UseTheNearestRank() {
    List<Duration> minutes =
        List.of(10, 20, 30, 40, 50, 60, 70, 80, 90, 100).stream()
            .map(m -> Duration.ofMinutes(m))
            .toList();

    SupportReport.Distribution distribution = SupportReport.Distribution.of(minutes);

    assertThat(distribution.median()).isEqualTo(Duration.ofMinutes(50));
    assertThat(distribution.p90()).isEqualTo(Duration.ofMinutes(90));
    assertThat(SupportReport.Distribution.of(List.of()).count()).isZero();
  }

  private Ticket open() {
    Ticket ticket =
        crm.tickets()
            .open(TicketDetails.builder().subject("Cannot log in").requester(ana.id()).build());
    return crm.tickets().assign(ticket, BRUNO, SUPPORT);
  }
}
