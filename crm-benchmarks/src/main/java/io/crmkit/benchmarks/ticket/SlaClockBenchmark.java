package io.crmkit.benchmarks.ticket;

import io.crmkit.core.Changed;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.SlaPolicy;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketAction;
import io.crmkit.core.ticket.TicketCondition;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.core.ticket.TicketService;
import io.crmkit.core.ticket.internal.SlaClocks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The SLA clock of one ticket's resolution target through a pause: the ticket opens, waits on the
 * customer for a while, opens again, and the clock's breach instant is asked for. crmkit's {@link
 * SlaClocks} (start, pause, resume: two calendar spans) against the simplest implementation, a loop
 * that walks the calendar minute by minute from the opening, counting the working minutes outside
 * the pause until the target is reached.
 *
 * <p>{@value #LIVES} seeded lives per invocation, scores per life. Instants are whole minutes, so
 * both sides must give the same instant; the setup checks every life.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SlaClockBenchmark {

  private static final int LIVES = 1_000;

  /**
   * One ticket's life: opened at {@code openAt}, pending from {@code pendAt} to {@code reopenAt}.
   */
  private record Life(
      Ticket opened,
      Ticket pending,
      Ticket reopened,
      Instant openAt,
      Instant pendAt,
      Instant reopenAt,
      Duration target) {}

  private final Life[] lives = new Life[LIVES];
  private final List<SlaPolicy> policies = List.of(resolutionOnly());
  private BusinessCalendar calendar;
  private SlaClocks clocks;

  @Setup
  public void setUp() {
    calendar = SupportLoad.calendar();
    clocks = new SlaClocks(calendar);
    Ticket[] tickets = SupportLoad.tickets(LIVES);
    Instant[] opening = SupportLoad.openingTimes(LIVES, 7);
    Random random = new Random(11);
    for (int i = 0; i < LIVES; i++) {
      Ticket opened = tickets[i];
      Duration target = SupportLoad.target(opened.details().priority(), SlaMetric.RESOLUTION);
      Instant open = opening[i];
      // pending before a quarter of the target has passed, for up to three days
      Instant pend =
          calendar.plusBusinessTime(
              open, Duration.ofMinutes(target.toMinutes() / (4 + random.nextInt(8))));
      Instant reopen = pend.plus(Duration.ofMinutes(1 + random.nextInt(3 * 24 * 60)));
      Ticket pending =
          opened
              .move(TicketAction.PEND, pend, SupportLoad.AGENT, TicketService.REOPEN_WINDOW)
              .state();
      Ticket reopened =
          pending
              .move(TicketAction.OPEN, reopen, SupportLoad.AGENT, TicketService.REOPEN_WINDOW)
              .state();
      lives[i] = new Life(opened, pending, reopened, open, pend, reopen, target);
    }
    for (Life life : lives) {
      Instant crmkit = crmkitDue(life);
      Instant naive = naiveDue(life);
      if (!crmkit.equals(naive)) {
        throw new IllegalStateException(
            "the SLA clock says " + crmkit + " but the minute loop " + naive + " for " + life);
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(LIVES)
  public long crmkit() {
    long sum = 0;
    for (Life life : lives) {
      sum += crmkitDue(life).getEpochSecond();
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(LIVES)
  public long minuteByMinute() {
    long sum = 0;
    for (Life life : lives) {
      sum += naiveDue(life).getEpochSecond();
    }
    return sum;
  }

  private Instant crmkitDue(Life life) {
    Ticket opened = track(null, life.opened(), life.openAt());
    Ticket pending =
        track(opened, life.pending().withSla(opened.sla().orElseThrow()), life.pendAt());
    Ticket reopened =
        track(pending, life.reopened().withSla(pending.sla().orElseThrow()), life.reopenAt());
    return reopened.dueAt().orElseThrow();
  }

  private Ticket track(@Nullable Ticket before, Ticket after, Instant now) {
    return clocks.track(before, new Changed<>(after, List.of()), now, policies).state();
  }

  /** Walks minute by minute from the opening, counting working minutes outside the pause. */
  private Instant naiveDue(Life life) {
    long left = life.target().toMinutes();
    Instant minute = life.openAt();
    while (left > 0) {
      boolean paused = !minute.isBefore(life.pendAt()) && minute.isBefore(life.reopenAt());
      if (!paused && calendar.isWorkingTime(minute)) {
        left--;
      }
      minute = minute.plusSeconds(60);
    }
    return minute;
  }

  private static SlaPolicy resolutionOnly() {
    SlaPolicy.Builder policy = SlaPolicy.builder("Resolution", TicketCondition.any());
    for (TicketPriority priority : TicketPriority.values()) {
      policy.target(
          priority, SlaMetric.RESOLUTION, SupportLoad.target(priority, SlaMetric.RESOLUTION));
    }
    return policy.build();
  }
}
