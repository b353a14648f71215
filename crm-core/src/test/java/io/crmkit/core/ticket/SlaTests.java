package io.crmkit.core.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.Notifier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class SlaTests {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Friday 2026-03-06, 17:30 in Berlin: after hours, before a weekend. */
  private static final Instant FRIDAY_EVENING = Instant.parse("2026-03-06T16:30:00Z");

  private static final UserId OLIVIA = UserId.of("olivia");
  private static final UserId LEAD = UserId.of("lead");
  private static final TeamId SUPPORT = TeamId.of("support");

  private final TestClock clock = new TestClock(TestClock.START);
  private final InMemoryCrmStorage storage = InMemoryCrmStorage.create();
  private final List<Notifier.Notification> notified = new CopyOnWriteArrayList<>();
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
      Crm.builder()
          .storage(storage)
          .clock(clock)
          .calendar(calendar)
          .actor(OLIVIA)
          .notifier(notified::add)
          .build();
  private final Contact ana =
      crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());

  private static SlaPolicy aroundTheClock() {
    return SlaPolicy.builder("standard", TicketCondition.any())
        .calendarHours()
        .target(TicketPriority.NORMAL, SlaMetric.FIRST_REPLY, Duration.ofHours(1))
        .target(TicketPriority.NORMAL, SlaMetric.RESOLUTION, Duration.ofHours(8))
        .target(TicketPriority.HIGH, SlaMetric.FIRST_REPLY, Duration.ofMinutes(30))
        .target(TicketPriority.HIGH, SlaMetric.RESOLUTION, Duration.ofHours(4))
        .escalate(Escalation.onBreach(new Escalation.RaisePriority()))
        .escalate(Escalation.onBreach(new Escalation.Reassign(LEAD, null)))
        .escalate(Escalation.onBreach(new Escalation.Notify(null)))
        .escalate(
            Escalation.onBreach(
                new Escalation.CreateTask("Call the customer", null, Duration.ofHours(1))))
        .build();
  }

  @Test
  void theFirstMatchingPolicyAppliesAndSetsTheDueInstant() {
    SlaPolicy vip =
        SlaPolicy.builder("vip", TicketCondition.any().withTag("vip"))
            .calendarHours()
            .target(TicketPriority.NORMAL, SlaMetric.FIRST_REPLY, Duration.ofMinutes(10))
            .build();
    crm.tickets().defineSlaPolicies(List.of(vip, aroundTheClock()));

    Ticket plain = crm.tickets().open(login().build());
    Ticket tagged = crm.tickets().open(login().tag("VIP").build());

    assertThat(plain.sla().orElseThrow().policy()).isEqualTo("standard");
    assertThat(plain.dueAt()).contains(clock.instant().plus(Duration.ofHours(1)));
    assertThat(tagged.sla().orElseThrow().policy()).isEqualTo("vip");
    assertThat(tagged.dueAt()).contains(clock.instant().plus(Duration.ofMinutes(10)));
  }

  @Test
  void countsBusinessHoursOverTheWeekend() {
    clock.set(FRIDAY_EVENING);
    crm.tickets()
        .defineSlaPolicies(
            List.of(
                SlaPolicy.builder("business", TicketCondition.any())
                    .target(TicketPriority.NORMAL, SlaMetric.FIRST_REPLY, Duration.ofHours(4))
                    .build()));

    Ticket ticket = crm.tickets().open(login().build());

    assertThat(ticket.dueAt()).contains(Instant.parse("2026-03-09T12:00:00Z"));
  }

  @Test
  void aPendingTicketsClockPausesAndAnInboundReplyResumesIt() {
    crm.tickets().defineSlaPolicies(List.of(aroundTheClock()));
    Ticket ticket = crm.tickets().open(login().build());
    clock.advance(Duration.ofMinutes(30));
    ticket = crm.tickets().reply(ticket, "Which browser?");
    ticket = crm.tickets().move(ticket, TicketAction.PEND);
    clock.advance(Duration.ofHours(20));

    assertThat(crm.tickets().runSlaDueWork()).isEqualTo(new SlaDueWork(0, 0, 0, 0));
    assertThat(ticket.dueAt()).isEmpty();

    ticket = crm.tickets().receive(ticket, "Firefox");

    assertThat(ticket.status()).isEqualTo(TicketStatus.OPEN);
    // 30 minutes of the 8 hours counted before the pause
    assertThat(ticket.sla().orElseThrow().clock(SlaMetric.RESOLUTION).orElseThrow().dueAt())
        .isEqualTo(clock.instant().plus(Duration.ofMinutes(450)));
    assertThat(ticket.sla().orElseThrow().clock(SlaMetric.FIRST_REPLY).orElseThrow().isMet())
        .isTrue();
  }

  @Test
  void aBreachEscalatesOnceHoweverOftenTheDueWorkRuns() {
    crm.tickets().defineSlaPolicies(List.of(aroundTheClock()));
    Ticket ticket = crm.tickets().assign(crm.tickets().open(login().build()), OLIVIA, SUPPORT);
    clock.advance(Duration.ofMinutes(61));

    SlaDueWork first = crm.tickets().runSlaDueWork();
    SlaDueWork second = crm.tickets().runSlaDueWork();

    assertThat(first).isEqualTo(new SlaDueWork(1, 1, 1, 4));
    assertThat(second).isEqualTo(new SlaDueWork(0, 0, 0, 0));
    Ticket escalated = crm.tickets().get(ticket.id());
    assertThat(escalated.details().priority()).isEqualTo(TicketPriority.HIGH);
    assertThat(escalated.assignee()).contains(LEAD);
    assertThat(escalated.team()).contains(SUPPORT);
    assertThat(escalated.version()).isEqualTo(ticket.version() + 1);
    assertThat(notified).hasSize(1);
    // escalations run in order: the reassignment comes first, so the new assignee hears of it
    assertThat(notified.get(0).recipient()).isEqualTo(LEAD);
    assertThat(
            crm.tasks()
                .about(RecordRef.of(RecordType.TICKET, ticket.id()), PageRequest.first(10))
                .items())
        .singleElement()
        .satisfies(task -> assertThat(task.assignee()).isEqualTo(LEAD));
    // the higher priority brings the tighter targets, the time counted so far carried over
    SlaClock resolution = escalated.sla().orElseThrow().clock(SlaMetric.RESOLUTION).orElseThrow();
    assertThat(resolution.target()).isEqualTo(Duration.ofHours(4));
    assertThat(resolution.dueAt())
        .isEqualTo(clock.instant().plus(Duration.ofHours(4).minusMinutes(61)));
  }

  @Test
  void aBreachRecordedAtAPauseRunsItsEscalationsOnce() {
    crm.tickets().defineSlaPolicies(List.of(aroundTheClock()));
    Ticket ticket = crm.tickets().assign(crm.tickets().open(login().build()), OLIVIA, SUPPORT);
    clock.advance(Duration.ofMinutes(61));

    // the first reply is late and the due work has not run yet: the pause records the breach
    Ticket pending = crm.tickets().move(ticket, TicketAction.PEND);

    assertThat(pending.sla().orElseThrow().clock(SlaMetric.FIRST_REPLY).orElseThrow().breached())
        .isTrue();
    assertThat(pending.details().priority()).isEqualTo(TicketPriority.HIGH);
    assertThat(pending.assignee()).contains(LEAD);
    assertThat(pending.version()).isEqualTo(ticket.version() + 1);
    assertThat(notified).singleElement().satisfies(n -> assertThat(n.recipient()).isEqualTo(LEAD));
    assertThat(
            crm.tasks()
                .about(RecordRef.of(RecordType.TICKET, ticket.id()), PageRequest.first(10))
                .items())
        .singleElement()
        .satisfies(task -> assertThat(task.assignee()).isEqualTo(LEAD));
    ticket = crm.tickets().receive(pending, "Still broken");
    clock.advance(Duration.ofMinutes(1));
    assertThat(crm.tickets().runSlaDueWork().escalations()).isZero();
    assertThat(notified).hasSize(1);
    assertThat(crm.tickets().get(ticket.id()).details().priority()).isEqualTo(TicketPriority.HIGH);
  }

  @Test
  void twoInstancesRunningTheDueWorkAtOnceActOnce() throws Exception {
    crm.tickets().defineSlaPolicies(List.of(aroundTheClock()));
    for (int i = 0; i < 20; i++) {
      crm.tickets().assign(crm.tickets().open(login().build()), OLIVIA, SUPPORT);
    }
    clock.advance(Duration.ofMinutes(61));
    Crm otherInstance =
        Crm.builder()
            .storage(storage)
            .clock(clock)
            .calendar(calendar)
            .actor(OLIVIA)
            .notifier(notified::add)
            .build();

    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<SlaDueWork> a = pool.submit(() -> crm.tickets().runSlaDueWork());
      Future<SlaDueWork> b = pool.submit(() -> otherInstance.tickets().runSlaDueWork());
      int breaches = a.get().breaches() + b.get().breaches();

      assertThat(breaches).isEqualTo(20);
    } finally {
      pool.shutdown();
    }
    assertThat(notified).hasSize(20);
    assertThat(crm.tickets().runSlaDueWork().breaches()).isZero();
  }

  @Test
  void solvingStopsEveryClock() {
    crm.tickets().defineSlaPolicies(List.of(aroundTheClock()));
    Ticket ticket = crm.tickets().open(login().build());
    clock.advance(Duration.ofMinutes(10));

    ticket = crm.tickets().move(ticket, TicketAction.SOLVE);

    assertThat(ticket.sla().orElseThrow().clocks()).allMatch(SlaClock::isStopped);
    assertThat(ticket.sla().orElseThrow().clock(SlaMetric.RESOLUTION).orElseThrow().isMet())
        .isTrue();
    assertThat(ticket.dueAt()).isEmpty();
  }

  @Test
  void definingPoliciesAppliesThemToOpenTickets() {
    Ticket ticket = crm.tickets().open(login().build());
    assertThat(ticket.sla()).isEmpty();

    int changed = crm.tickets().defineSlaPolicies(List.of(aroundTheClock()));

    assertThat(changed).isEqualTo(1);
    assertThat(crm.tickets().get(ticket.id()).dueAt())
        .contains(clock.instant().plus(Duration.ofHours(1)));
    assertThat(crm.tickets().slaPolicies()).extracting(SlaPolicy::name).containsExactly("standard");
  }

  @Test
  void removingEveryPolicyStopsHoldingTicketsToOne() {
    crm.tickets().defineSlaPolicies(List.of(aroundTheClock()));
    Ticket ticket = crm.tickets().open(login().build());

    int changed = crm.tickets().defineSlaPolicies(List.of());

    Ticket read = crm.tickets().get(ticket.id());
    assertThat(changed).isEqualTo(1);
    assertThat(read.sla()).isEmpty();
    assertThat(read.version()).isEqualTo(ticket.version() + 1);
    assertThat(crm.tickets().teamQueue(SUPPORT, PageRequest.first(10)).items()).isEmpty();
  }

  private TicketDetails.Builder login() {
    return TicketDetails.builder().subject("Cannot log in").requester(ana.id());
  }
}
