package io.crmkit.core.statemachine;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * One move of a record from one state to another, kept as history so that funnels, velocity and SLA
 * reports can be built: where it was, where it went, on which event, when and by whom.
 *
 * @param from the state before the transition; never null
 * @param to the state after the transition; never null (equal to {@code from} for a self-loop)
 * @param event the event that triggered the transition; never null
 * @param at when the transition happened, by the CRM's clock; never null
 * @param by the user who triggered the transition; never null
 * @param <S> the type of states
 * @param <E> the type of events
 * @since 0.1
 */
public record TransitionRecord<S, E>(S from, S to, E event, Instant at, UserId by) {

  /**
   * Creates a {@code TransitionRecord}, checking its components as the type's comment describes.
   */
  public TransitionRecord {
    requireNonNull(from, "from state");
    requireNonNull(to, "to state");
    requireNonNull(event, "event");
    requireNonNull(at, "transition instant");
    requireNonNull(by, "user");
  }
}
