package io.crmkit.benchmarks.ticket;

import io.crmkit.core.Changed;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.ticket.SlaMetric;
import io.crmkit.core.ticket.SlaPolicy;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.core.ticket.internal.SlaClocks;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * SLA due times for a million tickets as they open: crmkit's SLA clocks (the policy matched, a
 * first-reply and a resolution clock started, each with its warning and breach instants) against
 * the limit, a bare loop making the same four {@link BusinessCalendar#plusBusinessTime} calls per
 * ticket and nothing else.
 *
 * <p>The tickets are {@value #DISTINCT} distinct ones of every priority, each opened at many of the
 * million seeded instants; the due times depend only on the priority and the instant. The setup
 * checks that both sides find the same earliest breach instant for every ticket.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SlaDueTimesBenchmark {

  private static final int DISTINCT = 1_000;
  private static final int WARN_PERCENT = 75;

  @Param("1000000")
  public int tickets;

  private Ticket[] opened;
  private Instant[] at;
  private SlaClocks clocks;
  private BusinessCalendar calendar;
  private List<SlaPolicy> policies;
  private long expected;

  @Setup
  public void setUp() {
    opened = SupportLoad.tickets(DISTINCT);
    at = SupportLoad.openingTimes(tickets, 42);
    calendar = SupportLoad.calendar();
    clocks = new SlaClocks(calendar);
    policies = List.of(SupportLoad.policy());
    expected = bareCalendar();
    long crmkit = crmkit();
    if (crmkit != expected) {
      throw new IllegalStateException(
          "the SLA clocks and the calendar disagree: " + crmkit + " != " + expected);
    }
  }

  /** Returns the sum of every ticket's earliest breach instant, in epoch seconds. */
  @Benchmark
  public long crmkit() {
    long sum = 0;
    for (int i = 0; i < at.length; i++) {
      Ticket ticket = opened[i % DISTINCT];
      Changed<Ticket> tracked =
          clocks.track(null, new Changed<>(ticket, List.of()), at[i], policies);
      sum += tracked.state().dueAt().orElseThrow().getEpochSecond();
    }
    return sum;
  }

  /** Returns what {@link #crmkit()} returns, from four calendar calls a ticket. */
  @Benchmark
  public long bareCalendar() {
    long sum = 0;
    for (int i = 0; i < at.length; i++) {
      TicketPriority priority = opened[i % DISTINCT].details().priority();
      Instant firstReply = dueAndWarn(at[i], SupportLoad.target(priority, SlaMetric.FIRST_REPLY));
      Instant resolution = dueAndWarn(at[i], SupportLoad.target(priority, SlaMetric.RESOLUTION));
      sum += (firstReply.isBefore(resolution) ? firstReply : resolution).getEpochSecond();
    }
    return sum;
  }

  /** Returns the breach instant, computing the warning instant too, as a running clock does. */
  private Instant dueAndWarn(Instant start, Duration target) {
    Instant warn =
        calendar.plusBusinessTime(start, target.multipliedBy(WARN_PERCENT).dividedBy(100));
    Instant due = calendar.plusBusinessTime(start, target);
    // the warning never comes after the breach: comparing keeps the JIT from dropping its call
    return warn.isAfter(due) ? warn : due;
  }
}
