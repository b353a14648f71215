package io.crmkit.core.statemachine;

import io.crmkit.core.DomainEvent;
import java.util.List;

/**
 * The consequence of a transition expressed as the domain events it raises, such as {@code
 * DealStageChanged} when a deal moves to the next stage.
 *
 * <p>Actions run after the guard has allowed the transition and must not have other side effects:
 * the caller publishes the events once its unit of work commits.
 *
 * @param <S> the type of states
 * @param <E> the type of events that trigger transitions
 * @param <C> the context passed to {@code fire}
 * @since 0.1
 */
@FunctionalInterface
public interface Action<S, E, C> {

  /**
   * Returns the domain events raised by the transition.
   *
   * @param record the transition that is happening (from, to, event, instant, user); never null
   * @param context the context passed to {@code fire}; never null
   * @return the events in the order they happened, possibly empty; never null, no null elements
   */
  List<? extends DomainEvent> perform(TransitionRecord<S, E> record, C context);
}
