package io.crmkit.core.statemachine;

import static java.util.Objects.requireNonNull;

/**
 * One declared move of a state machine definition: from a state, on an event, to a state, as shown
 * in its diagrams and returned by {@link StateMachine#transitions()}.
 *
 * @param from the source state; never null
 * @param event the triggering event; never null
 * @param to the target state; never null
 * @param guarded whether a {@link Guard} may refuse the move
 * @param reopen whether the move leaves a terminal state (declared with {@code reopen(..)})
 * @param <S> the type of states
 * @param <E> the type of events
 * @since 0.1
 */
public record TransitionRule<S, E>(S from, E event, S to, boolean guarded, boolean reopen) {

  /** Creates a {@code TransitionRule}, checking its components as the type's comment describes. */
  public TransitionRule {
    requireNonNull(from, "from state");
    requireNonNull(event, "event");
    requireNonNull(to, "to state");
  }

  @Override
  public String toString() {
    return from + " -[" + event + "]-> " + to;
  }
}
