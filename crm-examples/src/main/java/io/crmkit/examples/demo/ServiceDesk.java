package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.ticket.CsatReport;
import io.crmkit.core.ticket.Escalation;
import io.crmkit.core.ticket.SlaClock;
import io.crmkit.core.ticket.SlaDueWork;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.SlaPolicy;
import io.crmkit.core.ticket.SupportReport;
import io.crmkit.core.ticket.SupportReport.Attainment;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketAction;
import io.crmkit.core.ticket.TicketChannel;
import io.crmkit.core.ticket.TicketCondition;
import io.crmkit.core.ticket.TicketDetails;
import io.crmkit.core.ticket.TicketId;
import io.crmkit.core.ticket.TicketPriority;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * The support desk of the demo's year: the customers the sales team wins write in over the months
 * that follow, the support agents answer within business hours (most in time, some late), the SLA
 * due work runs through each working day, raising the breaches and escalating them (the priority
 * goes up, a late first reply goes to the team lead), and each solved ticket gets a satisfaction
 * survey that about half the customers answer, less kindly after a breach.
 */
final class ServiceDesk {

  static final TeamId TEAM = TeamId.of("support");
  static final UserId LEAD = UserId.of("support-lead");
  static final List<UserId> AGENTS =
      List.of(UserId.of("sam"), UserId.of("noor"), UserId.of("li"), UserId.of("ines"));
  static final String POLICY = "Customer care";

  /** When the due work runs on a working day, in UTC like the team's calendar. */
  private static final List<LocalTime> DUE_WORK_AT =
      List.of(LocalTime.of(10, 0), LocalTime.of(12, 0), LocalTime.of(14, 0), LocalTime.of(16, 0));

  private static final List<String> SUBJECTS =
      List.of(
          "Cannot log in since the update",
          "Invoice shows the wrong VAT number",
          "How do I export my reports?",
          "Sync with the calendar stopped",
          "Request for a second user licence",
          "Error 500 when saving a contact",
          "Question about the renewal terms",
          "The mobile app crashes on start");

  /**
   * What the desk did over the year: tickets opened and solved, surveys answered, the due work's
   * totals, the ticket service's reports, and the seconds the desk's work took within the year's.
   */
  record Year(
      int tickets,
      int solved,
      int surveysAnswered,
      SlaDueWork dueWork,
      SupportReport report,
      CsatReport csat,
      double seconds) {
    Year {
      requireNonNull(dueWork, "dueWork");
      requireNonNull(report, "report");
      requireNonNull(csat, "csat");
    }

    /** Returns the SLA targets met among all measured, every priority together. */
    Attainment attainment() {
      Attainment all = Attainment.NONE;
      for (Attainment one : report.byPriority().values()) {
        all = new Attainment(all.measured() + one.measured(), all.met() + one.met());
      }
      return all;
    }

    /** Returns "urgent 80.0 %, high ..." from the most urgent priority down, those measured. */
    String attainmentByPriority() {
      StringBuilder text = new StringBuilder();
      for (TicketPriority priority : PRIORITIES_DOWN) {
        Attainment one = report.byPriority().get(priority);
        if (one != null) {
          text.append(text.length() == 0 ? "" : ", ")
              .append(String.format(Locale.ROOT, "%s %.1f %%", label(priority), one.percent()));
        }
      }
      return text.toString();
    }
  }

  /** The priorities, most urgent first. */
  static final List<TicketPriority> PRIORITIES_DOWN =
      List.of(
          TicketPriority.URGENT, TicketPriority.HIGH, TicketPriority.NORMAL, TicketPriority.LOW);

  private final Crm crm;
  private final Agenda agenda;
  private final Random random;
  private final BusinessCalendar calendar;
  private final Map<UserId, Crm> desks = new LinkedHashMap<>();
  private int turn;
  private int tickets;
  private int solved;
  private int surveysAnswered;
  private SlaDueWork dueWork = new SlaDueWork(0, 0, 0, 0);
  private final WorkTimer timer = new WorkTimer();

  ServiceDesk(Crm crm, Agenda agenda, Random random) {
    this.crm = requireNonNull(crm, "crm");
    this.agenda = requireNonNull(agenda, "agenda");
    this.random = requireNonNull(random, "random");
    this.calendar = crm.calendar();
    AGENTS.forEach(agent -> desks.put(agent, crm.actingAs(agent)));
    desks.put(LEAD, crm.actingAs(LEAD));
  }

  /**
   * The desk's one policy, in business hours: the tighter the priority, the shorter the targets; a
   * breach raises the priority, and a late first reply also goes to the team lead.
   */
  static SlaPolicy policy() {
    return SlaPolicy.builder(POLICY, TicketCondition.any())
        .target(TicketPriority.URGENT, SlaMetric.FIRST_REPLY, Duration.ofHours(1))
        .target(TicketPriority.URGENT, SlaMetric.RESOLUTION, Duration.ofHours(8))
        .target(TicketPriority.HIGH, SlaMetric.FIRST_REPLY, Duration.ofHours(2))
        .target(TicketPriority.HIGH, SlaMetric.RESOLUTION, Duration.ofHours(16))
        .target(TicketPriority.NORMAL, SlaMetric.FIRST_REPLY, Duration.ofHours(4))
        .target(TicketPriority.NORMAL, SlaMetric.RESOLUTION, Duration.ofHours(24))
        .target(TicketPriority.LOW, SlaMetric.FIRST_REPLY, Duration.ofHours(8))
        .target(TicketPriority.LOW, SlaMetric.RESOLUTION, Duration.ofHours(40))
        .escalate(Escalation.onBreach(new Escalation.RaisePriority()))
        .escalate(
            new Escalation(
                Escalation.Trigger.BREACH,
                SlaMetric.FIRST_REPLY,
                new Escalation.Reassign(LEAD, TEAM)))
        .build();
  }

  /** Defines the policy and plans the due work of every working day of the {@code days}. */
  void open(LocalDate first, int days) {
    crm.tickets().defineSlaPolicies(List.of(policy()));
    for (int day = 0; day < days; day++) {
      LocalDate date = first.plusDays(day);
      if (calendar.isWorkingDay(date)) {
        for (LocalTime time : DUE_WORK_AT) {
          plan(date.atTime(time).toInstant(ZoneOffset.UTC), this::runDueWork);
        }
      }
    }
  }

  /** Takes on customer {@code contact} of {@code company}, just won: none to two tickets later. */
  void customerWon(ContactId contact, @Nullable CompanyId company) {
    int count = random.nextInt(100) < 30 ? 0 : random.nextInt(100) < 70 ? 1 : 2;
    for (int i = 0; i < count; i++) {
      Instant arrival = now().plus(Duration.ofMinutes(60L * 24 * 3 + random.nextInt(60 * 24 * 90)));
      plan(arrival, () -> arrive(contact, company));
    }
  }

  /** Returns what the desk did over [{@code from}, {@code to}). */
  Year year(Instant from, Instant to) {
    return new Year(
        tickets,
        solved,
        surveysAnswered,
        dueWork,
        crm.tickets().report(from, to),
        crm.tickets().csat(from, to),
        timer.seconds());
  }

  private void arrive(ContactId contact, @Nullable CompanyId company) {
    Ticket ticket =
        crm.tickets()
            .open(
                TicketDetails.builder()
                    .subject(SUBJECTS.get(random.nextInt(SUBJECTS.size())))
                    .requester(contact)
                    .company(company)
                    .channel(channel())
                    .priority(priority())
                    .build());
    UserId agent = AGENTS.get(turn);
    turn = (turn + 1) % AGENTS.size();
    ticket = crm.tickets().assign(ticket, agent, TEAM);
    tickets++;
    // most first replies come in time; about one in six is late
    TicketId id = ticket.id();
    Duration target = target(ticket, SlaMetric.FIRST_REPLY);
    planInBusinessTime(share(target, sharePercent(17)), () -> firstReply(id));
  }

  private void firstReply(TicketId id) {
    Ticket ticket = reply(id, "Thanks for writing in: we are looking into it.");
    if (random.nextInt(100) < 35) {
      Ticket pending = deskOf(ticket).tickets().move(ticket, TicketAction.PEND);
      Duration customerTakes = Duration.ofMinutes(60 + random.nextInt(60 * 48));
      plan(now().plus(customerTakes), () -> customerAnswers(pending.id()));
      return;
    }
    planSolve(id);
  }

  private void customerAnswers(TicketId id) {
    Ticket ticket = crm.tickets().get(id);
    crm.tickets().receive(ticket, "Here are the details you asked for.");
    planInBusinessTime(
        Duration.ofMinutes(20 + random.nextInt(180)),
        () -> {
          reply(id, "Thank you, that helps: the fix is on its way.");
          planSolve(id);
        });
  }

  /** Plans the solution: most in time for the resolution target, about one in eight late. */
  private void planSolve(TicketId id) {
    Ticket ticket = crm.tickets().get(id);
    Duration target = target(ticket, SlaMetric.RESOLUTION);
    Duration spent =
        ticket
            .sla()
            .flatMap(sla -> sla.clock(SlaMetric.RESOLUTION))
            .map(this::elapsed)
            .orElse(Duration.ZERO);
    Duration left = share(target, sharePercent(12)).minus(spent);
    planInBusinessTime(
        left.compareTo(Duration.ofMinutes(15)) < 0 ? Duration.ofMinutes(15) : left,
        () -> solve(id));
  }

  private void solve(TicketId id) {
    Ticket ticket = crm.tickets().get(id);
    Crm desk = deskOf(ticket);
    Ticket done = desk.tickets().move(ticket, TicketAction.SOLVE);
    solved++;
    String token = desk.tickets().sendSurvey(done.id(), done.version());
    if (random.nextInt(100) < 55) {
      boolean breached =
          done.sla().stream().flatMap(sla -> sla.clocks().stream()).anyMatch(SlaClock::breached);
      int score = breached ? 1 + random.nextInt(4) : 3 + random.nextInt(3);
      Duration later = Duration.ofMinutes(30 + random.nextInt(60 * 72));
      plan(
          now().plus(later),
          () -> {
            crm.tickets()
                .answerSurvey(id, token, score, score >= 4 ? "Quick and friendly." : "Too slow.");
            surveysAnswered++;
          });
    }
  }

  /** Plans {@code work} on the agenda, adding the time it takes to the desk's. */
  private void plan(Instant at, Runnable work) {
    agenda.plan(at, timer.timed(work));
  }

  private void runDueWork() {
    SlaDueWork run = crm.tickets().runSlaDueWork();
    dueWork =
        new SlaDueWork(
            dueWork.tickets() + run.tickets(),
            dueWork.warnings() + run.warnings(),
            dueWork.breaches() + run.breaches(),
            dueWork.escalations() + run.escalations());
  }

  private Ticket reply(TicketId id, String body) {
    Ticket ticket = crm.tickets().get(id);
    return deskOf(ticket).tickets().reply(ticket, body);
  }

  /** Returns the CRM acting as the ticket's assignee, the team lead after an escalation. */
  private Crm deskOf(Ticket ticket) {
    return desks.get(ticket.assignee().orElse(LEAD));
  }

  private void planInBusinessTime(Duration work, Runnable then) {
    plan(calendar.plusBusinessTime(now(), work), then);
  }

  private Duration elapsed(SlaClock clock) {
    Duration running =
        clock.runningSince() == null
            ? Duration.ZERO
            : calendar.businessTimeBetween(clock.runningSince(), now());
    return clock.elapsed().plus(running);
  }

  private static Duration target(Ticket ticket, SlaMetric metric) {
    return ticket.sla().flatMap(sla -> sla.clock(metric)).map(SlaClock::target).orElseThrow();
  }

  /**
   * Returns a share of a target in percent to spend: late (110 to 250) in {@code latePercent} cases
   * out of a hundred, in time (5 to 90) otherwise.
   */
  private int sharePercent(int latePercent) {
    return random.nextInt(100) < latePercent ? 110 + random.nextInt(141) : 5 + random.nextInt(86);
  }

  private static Duration share(Duration target, int percent) {
    return Duration.ofSeconds(target.toSeconds() * percent / 100);
  }

  private TicketPriority priority() {
    int roll = random.nextInt(100);
    return roll < 20
        ? TicketPriority.LOW
        : roll < 75
            ? TicketPriority.NORMAL
            : roll < 95 ? TicketPriority.HIGH : TicketPriority.URGENT;
  }

  private TicketChannel channel() {
    List<TicketChannel> usual =
        List.of(
            TicketChannel.EMAIL,
            TicketChannel.EMAIL,
            TicketChannel.WEB_FORM,
            TicketChannel.PHONE,
            TicketChannel.CHAT);
    return usual.get(random.nextInt(usual.size()));
  }

  /** Returns {@code priority} as a reader says it: "urgent". */
  static String label(TicketPriority priority) {
    return priority.name().toLowerCase(Locale.ROOT);
  }

  /** Returns {@code duration} in hours and minutes: "2 h 05 min", "45 min". */
  static String readable(Duration duration) {
    long minutes = duration.toMinutes();
    return minutes < 60
        ? minutes + " min"
        : String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
  }

  private Instant now() {
    return crm.clock().instant();
  }
}
