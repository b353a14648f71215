package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.PriorityQueue;

/**
 * The simulated team's diary: work planned for later instants (call this lead back, move that deal
 * on), done in the order it falls due while the clock moves forward. Work planned for the same
 * instant is done in the order it was planned, so that a seeded run is repeatable.
 *
 * <p>Not thread-safe: the simulation plans and works from one thread.
 */
final class Agenda {

  private record Entry(Instant at, long order, Runnable work) implements Comparable<Entry> {
    @Override
    public int compareTo(Entry other) {
      int byTime = at.compareTo(other.at);
      return byTime != 0 ? byTime : Long.compare(order, other.order);
    }
  }

  private final PriorityQueue<Entry> entries = new PriorityQueue<>();
  private final SimulatedClock clock;
  private long planned;

  Agenda(SimulatedClock clock) {
    this.clock = requireNonNull(clock, "clock");
  }

  /** Plans {@code work} for {@code at}; work planned in the past is done next. */
  void plan(Instant at, Runnable work) {
    requireNonNull(at, "at");
    requireNonNull(work, "work");
    Instant due = at.isBefore(clock.instant()) ? clock.instant() : at;
    entries.add(new Entry(due, planned++, work));
  }

  /**
   * Does, in order, all work due before {@code end}, including work that this work plans before
   * {@code end}, moving the clock to each piece's instant.
   *
   * @return how many pieces of work were done
   */
  int workUntil(Instant end) {
    requireNonNull(end, "end");
    int done = 0;
    while (!entries.isEmpty() && entries.peek().at().isBefore(end)) {
      Entry next = entries.poll();
      clock.advanceTo(next.at());
      next.work().run();
      done++;
    }
    return done;
  }

  /** Returns how many pieces of work are still planned. */
  int pending() {
    return entries.size();
  }
}
