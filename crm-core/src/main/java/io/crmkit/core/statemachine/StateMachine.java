package io.crmkit.core.statemachine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.crmkit.core.DomainEvent;
import io.crmkit.core.UserId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The definition of a lifecycle: which states a record can be in, which event moves it from one
 * state to another, which guards may refuse a move and which domain events a move raises. Lead
 * statuses, deal stages, ticket statuses, enrollments and campaigns each have one.
 *
 * <p>A machine is immutable and thread-safe; it holds no current state. Callers keep the state in
 * their aggregate and ask the machine to {@linkplain #fire fire} an event from it, which returns
 * the new state, the {@link TransitionRecord} to keep as history and the events to publish. An
 * event the state does not accept is an {@link IllegalTransitionException}, never a silent no-op.
 *
 * <p><b>Terminal states</b> accept nothing but the reopen transitions declared explicitly for them
 * with {@link StateMachineBuilder#reopen}; a plain {@code transition(..)} out of a terminal state
 * is a definition error. This lets a deal pipeline reopen won and lost deals while a closed ticket
 * status stays closed.
 *
 * <p>States and events may be of any type with value equality: enums for fixed lifecycles, records
 * such as a stage id for lifecycles built at run time. Their {@code toString()} names them in
 * messages and, by default, in diagrams.
 *
 * @param <S> the type of states
 * @param <E> the type of events that trigger transitions
 * @param <C> the type of context passed to guards and actions, for example the aggregate itself
 * @since 0.1
 */
public final class StateMachine<S, E, C> {

  private static final int MAX_NAME_LENGTH = 100;

  private final String name;
  private final S initial;
  private final ImmutableSet<S> states;
  private final ImmutableSet<S> terminalStates;
  private final ImmutableList<TransitionRule<S, E>> transitions;
  // The hot path: one hash lookup for the state, one for the event, nothing copied.
  private final ImmutableMap<S, StateNode<S, E, C>> nodes;

  StateMachine(String name, S initial, Set<S> states, Set<S> terminal, List<Edge<S, E, C>> edges) {
    this.name = name;
    this.initial = initial;
    this.states = ImmutableSet.copyOf(states);
    this.terminalStates = ImmutableSet.copyOf(terminal);
    this.transitions = edges.stream().map(Edge::rule).collect(ImmutableList.toImmutableList());
    Map<S, ImmutableMap.Builder<E, Edge<S, E, C>>> byState = new LinkedHashMap<>();
    for (S state : states) {
      byState.put(state, ImmutableMap.builder());
    }
    for (Edge<S, E, C> edge : edges) {
      byState.get(edge.rule().from()).put(edge.rule().event(), edge);
    }
    ImmutableMap.Builder<S, StateNode<S, E, C>> nodes = ImmutableMap.builder();
    byState.forEach(
        (state, edgesOfState) ->
            nodes.put(
                state, new StateNode<>(terminal.contains(state), edgesOfState.buildOrThrow())));
    this.nodes = nodes.buildOrThrow();
  }

  /**
   * Starts the definition of a machine.
   *
   * @param name names the machine in messages and diagrams, for example {@code deal pipeline
   *     Sales}; 1 to 100 characters, not blank, no control characters
   */
  public static <S, E, C> StateMachineBuilder<S, E, C> builder(String name) {
    requireNonNull(name, "state machine name");
    checkArgument(
        !name.isBlank()
            && name.length() <= MAX_NAME_LENGTH
            && name.chars().noneMatch(Character::isISOControl),
        "state machine name must be 1 to 100 printable characters, not blank: '%s'",
        name);
    return new StateMachineBuilder<>(name);
  }

  /**
   * Fires {@code event} on a record in {@code state}: checks that the state accepts the event, runs
   * the transition's guard, then its action.
   *
   * @param state the record's current state; never null, one of {@link #states()}
   * @param event the event; never null
   * @param context what guards and actions inspect; never null
   * @param at when the transition happens, by the CRM's clock; never null
   * @param by the user triggering it; never null
   * @return the new state, the record of the move and the events raised
   * @throws IllegalArgumentException if {@code state} is not a state of this machine
   * @throws IllegalTransitionException if {@code state} does not accept {@code event}
   * @throws TransitionRefusedException if the transition's guard refuses it
   */
  public Transition<S, E> fire(S state, E event, C context, Instant at, UserId by) {
    requireNonNull(event, "event");
    requireNonNull(context, "context");
    requireNonNull(at, "transition instant");
    requireNonNull(by, "user");
    StateNode<S, E, C> node = node(state);
    Edge<S, E, C> edge = node.edge(event);
    if (edge == null) {
      throw new IllegalTransitionException(name, state, event, node.allowedEvents());
    }
    TransitionRule<S, E> rule = edge.rule();
    Guard<? super C> guard = edge.guard();
    if (guard != null) {
      Optional<String> refusal = requireNonNull(guard.check(context), "guard result");
      if (refusal.isPresent()) {
        throw new TransitionRefusedException(name, state, event, rule.to(), refusal.get());
      }
    }
    TransitionRecord<S, E> record = new TransitionRecord<>(state, rule.to(), event, at, by);
    Action<S, E, ? super C> action = edge.action();
    List<DomainEvent> events =
        action == null
            ? List.of()
            : List.copyOf(requireNonNull(action.perform(record, context), "action events"));
    return new Transition<>(record, events);
  }

  /** Returns the name that identifies this machine in messages and diagrams. */
  public String name() {
    return name;
  }

  /** Returns the state new records start in. */
  public S initial() {
    return initial;
  }

  /** Returns every state, in declaration order; immutable. */
  public Set<S> states() {
    return states;
  }

  /** Returns the terminal states, in declaration order; immutable. */
  public Set<S> terminalStates() {
    return terminalStates;
  }

  /**
   * Returns whether {@code state} is terminal: it accepts only its declared reopen events.
   *
   * @throws IllegalArgumentException if {@code state} is not a state of this machine
   */
  public boolean isTerminal(S state) {
    return node(state).terminal();
  }

  /**
   * Returns the events {@code state} accepts, in declaration order; immutable. Firing any other
   * event from it throws {@link IllegalTransitionException}. Guards are not consulted: an allowed
   * event may still be refused for a particular record.
   *
   * @throws IllegalArgumentException if {@code state} is not a state of this machine
   */
  public Set<E> allowedEvents(S state) {
    return node(state).allowedEvents();
  }

  /** Returns every declared transition, in declaration order; immutable. */
  public List<TransitionRule<S, E>> transitions() {
    return transitions;
  }

  private StateNode<S, E, C> node(S state) {
    StateNode<S, E, C> node = nodes.get(requireNonNull(state, "state"));
    checkArgument(node != null, "%s is not a state of %s", state, name);
    return node;
  }

  @Override
  public String toString() {
    return "StateMachine["
        + name
        + ", "
        + states.size()
        + " states, "
        + transitions.size()
        + " transitions]";
  }
}
