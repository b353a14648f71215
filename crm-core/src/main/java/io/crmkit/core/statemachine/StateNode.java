package io.crmkit.core.statemachine;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import org.jspecify.annotations.Nullable;

/**
 * Everything the machine knows about one state, precomputed at build time so that {@code fire}
 * needs one lookup for the state and one for the event.
 */
final class StateNode<S, E, C> {

  private final boolean terminal;
  private final ImmutableMap<E, Edge<S, E, C>> edgesByEvent;

  StateNode(boolean terminal, ImmutableMap<E, Edge<S, E, C>> edgesByEvent) {
    this.terminal = terminal;
    this.edgesByEvent = edgesByEvent;
  }

  boolean terminal() {
    return terminal;
  }

  @Nullable Edge<S, E, C> edge(E event) {
    return edgesByEvent.get(event);
  }

  /** The events accepted here, in declaration order. */
  ImmutableSet<E> allowedEvents() {
    return edgesByEvent.keySet();
  }
}
