package io.crmkit.core.statemachine;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DomainEvent;
import java.util.List;

/**
 * The outcome of firing an event: the record of the move, whose {@code to} is the new state, and
 * the domain events its action raised.
 *
 * @param record the move that happened; never null
 * @param events the domain events raised, in order; never null, possibly empty, copied
 * @param <S> the type of states
 * @param <E> the type of events
 * @since 0.1
 */
public record Transition<S, E>(TransitionRecord<S, E> record, List<DomainEvent> events) {

  /** Creates a {@code Transition}, checking its components as the type's comment describes. */
  public Transition {
    requireNonNull(record, "transition record");
    // List.copyOf returns an already immutable list as is, so the common case costs nothing.
    events = List.copyOf(requireNonNull(events, "events"));
  }

  /** Returns the state after the transition. */
  public S state() {
    return record.to();
  }
}
