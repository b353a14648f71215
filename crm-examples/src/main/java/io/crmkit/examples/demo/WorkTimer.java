package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

/**
 * The time a wing of the demo spends on its own work within the year: the pieces it plans on the
 * agenda are timed as they run, so that its share of the year can be told apart from the rest.
 *
 * <p>Not thread-safe: the simulation works from one thread.
 */
final class WorkTimer {

  private long nanos;

  /** Returns {@code work}, adding the time each run of it takes to this timer's. */
  Runnable timed(Runnable work) {
    requireNonNull(work, "work");
    return () -> {
      long started = System.nanoTime();
      try {
        work.run();
      } finally {
        nanos += System.nanoTime() - started;
      }
    };
  }

  /** Returns the seconds timed so far. */
  double seconds() {
    return nanos / 1e9;
  }
}
