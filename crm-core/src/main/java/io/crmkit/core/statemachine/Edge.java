package io.crmkit.core.statemachine;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * A declared transition together with the behaviour attached to it; the machine's lookup tables
 * point at these so that {@code fire} finds everything it needs in one place.
 */
record Edge<S, E, C>(
    TransitionRule<S, E> rule,
    @Nullable Guard<? super C> guard,
    @Nullable Action<S, E, ? super C> action) {

  Edge {
    requireNonNull(rule, "transition rule");
  }

  static <S, E, C> Edge<S, E, C> of(S from, E event, S to, boolean reopen) {
    return new Edge<>(new TransitionRule<>(from, event, to, false, reopen), null, null);
  }

  Edge<S, E, C> withGuard(Guard<? super C> newGuard) {
    if (guard != null) {
      throw new IllegalStateException(
          "transition " + rule + " already has a guard: combine guards with Guard.and(..)");
    }
    TransitionRule<S, E> guarded =
        new TransitionRule<>(rule.from(), rule.event(), rule.to(), true, rule.reopen());
    return new Edge<>(guarded, newGuard, action);
  }

  Edge<S, E, C> withAction(Action<S, E, ? super C> newAction) {
    if (action != null) {
      throw new IllegalStateException(
          "transition " + rule + " already has an action: return every event from one action");
    }
    return new Edge<>(rule, guard, newAction);
  }
}
