package io.crmkit.core;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The outcome of a command on an aggregate: its new state and the domain events the change raised.
 *
 * @param state the aggregate after the change
 * @param events the events raised, in order; may be empty
 * @param <A> the aggregate type
 * @since 0.1
 */
public record Changed<A>(A state, List<DomainEvent> events) {

  /** Creates a {@code Changed}, checking its components as the type's comment describes. */
  public Changed {
    requireNonNull(state, "state");
    events = List.copyOf(events);
  }

  /** Returns the change to {@code state} that raised {@code event}. */
  public static <A> Changed<A> of(A state, DomainEvent event) {
    return new Changed<>(state, List.of(event));
  }
}
