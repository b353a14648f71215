package io.crmkit.core.ticket;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The service level a ticket is held to: the policy that applies to it and a clock per target of
 * that policy at the ticket's priority.
 *
 * @param policy the name of the applied policy
 * @param clocks one clock per measured metric (the latest run of a recurring one)
 * @since 0.1
 */
public record TicketSla(String policy, List<SlaClock> clocks) {

  public TicketSla {
    requireNonNull(policy, "policy");
    clocks = List.copyOf(clocks);
  }

  /** Returns the earliest breach instant among the running clocks: the ticket's queue order. */
  public Optional<Instant> dueAt() {
    return clocks.stream()
        .filter(SlaClock::isRunning)
        .map(c -> c.due().orElseThrow())
        .min(Instant::compareTo);
  }

  /** Returns when the due work next has something to do for this ticket. */
  public Optional<Instant> checkAt() {
    return clocks.stream()
        .map(SlaClock::nextCheck)
        .flatMap(Optional::stream)
        .min(Instant::compareTo);
  }

  /** Returns the clock of {@code metric}, if it is measured. */
  public Optional<SlaClock> clock(SlaMetric metric) {
    for (int i = clocks.size() - 1; i >= 0; i--) {
      if (clocks.get(i).metric() == metric) {
        return Optional.of(clocks.get(i));
      }
    }
    return Optional.empty();
  }
}
