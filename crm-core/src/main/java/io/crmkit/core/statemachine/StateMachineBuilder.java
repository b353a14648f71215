package io.crmkit.core.statemachine;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The fluent declaration of a {@link StateMachine}: its states, initial and terminal states, and
 * transitions with their guards and actions. Obtained from {@link StateMachine#builder(String)}.
 *
 * <p>Order matters only for presentation: states, transitions and allowed events keep their
 * declaration order in introspection and diagrams. A builder is not thread-safe; the machine it
 * builds is.
 *
 * @param <S> the type of states
 * @param <E> the type of events
 * @param <C> the type of context passed to guards and actions
 * @since 0.1
 */
public final class StateMachineBuilder<S, E, C> {

  private final String name;
  private @Nullable S initial;
  private final Set<S> states = new LinkedHashSet<>();
  private final Set<S> terminal = new LinkedHashSet<>();
  private final List<Edge<S, E, C>> edges = new ArrayList<>();
  // guard(..) and action(..) apply to every transition added by the last call that added any.
  private int lastAddedFrom = -1;

  StateMachineBuilder(String name) {
    this.name = name;
  }

  /**
   * Sets the state new records start in. It must also be declared with {@link #states}.
   *
   * @param state the initial state; never null
   * @throws IllegalStateException if the initial state was already set
   */
  public StateMachineBuilder<S, E, C> initial(S state) {
    requireNonNull(state, "initial state");
    if (initial != null) {
      throw new IllegalStateException(
          "initial state of " + name + " is already " + initial + ", cannot set it to " + state);
    }
    initial = state;
    return this;
  }

  /**
   * Declares states; may be called several times.
   *
   * @param newStates the states; never null, no null elements
   */
  @SafeVarargs
  public final StateMachineBuilder<S, E, C> states(S... newStates) {
    requireNonNull(newStates, "states");
    for (S state : newStates) {
      states.add(requireNonNull(state, "state"));
    }
    return this;
  }

  /**
   * Marks declared states as terminal: they accept no event except those declared with {@link
   * #reopen}.
   *
   * @param newTerminal the terminal states; never null, no null elements
   */
  @SafeVarargs
  public final StateMachineBuilder<S, E, C> terminal(S... newTerminal) {
    requireNonNull(newTerminal, "terminal states");
    for (S state : newTerminal) {
      terminal.add(requireNonNull(state, "terminal state"));
    }
    return this;
  }

  /**
   * Declares that {@code event} moves a record from {@code from}, which must not be terminal, to
   * {@code to}.
   *
   * @param from the source state; never null
   * @param event the triggering event; never null
   * @param to the target state; never null, may equal {@code from}
   */
  public StateMachineBuilder<S, E, C> transition(S from, E event, S to) {
    return add(List.of(requireNonNull(from, "from state")), event, to, false);
  }

  /**
   * Declares that {@code event} moves a record from each of {@code from} to {@code to}, such as
   * "lose" from every open stage of a pipeline.
   *
   * @param from the source states; never null or empty, no null elements; iterated in its order
   * @param event the triggering event; never null
   * @param to the target state; never null
   */
  public StateMachineBuilder<S, E, C> transition(Set<? extends S> from, E event, S to) {
    requireNonNull(from, "from states");
    checkArgument(
        !from.isEmpty(), "transition on %s to %s needs at least one source state", event, to);
    return add(from, event, to, false);
  }

  /**
   * Declares the only kind of transition a terminal state accepts, such as reopening a won or lost
   * deal. {@code from} must be terminal.
   *
   * @param from the terminal source state; never null
   * @param event the triggering event; never null
   * @param to the target state; never null
   */
  public StateMachineBuilder<S, E, C> reopen(S from, E event, S to) {
    return add(List.of(requireNonNull(from, "from state")), event, to, true);
  }

  /**
   * Attaches a guard to the transitions added by the last {@code transition} or {@code reopen}
   * call.
   *
   * @param guard the guard; never null
   * @throws IllegalStateException if no transition was added yet or it already has a guard
   */
  public StateMachineBuilder<S, E, C> guard(Guard<? super C> guard) {
    requireNonNull(guard, "guard");
    for (int i = lastAdded(); i < edges.size(); i++) {
      edges.set(i, edges.get(i).withGuard(guard));
    }
    return this;
  }

  /**
   * Attaches an action to the transitions added by the last {@code transition} or {@code reopen}
   * call.
   *
   * @param action the action; never null
   * @throws IllegalStateException if no transition was added yet or it already has an action
   */
  public StateMachineBuilder<S, E, C> action(Action<S, E, ? super C> action) {
    requireNonNull(action, "action");
    for (int i = lastAdded(); i < edges.size(); i++) {
      edges.set(i, edges.get(i).withAction(action));
    }
    return this;
  }

  /**
   * Validates the definition and returns the immutable machine.
   *
   * @throws IllegalArgumentException listing every problem: missing or undeclared initial state,
   *     undeclared states, states unreachable from the initial state, non-terminal states with no
   *     outgoing transition, transitions out of terminal states not declared with {@link #reopen},
   *     reopen transitions out of non-terminal states, and duplicate or ambiguous transitions (the
   *     same source state and event twice)
   */
  public StateMachine<S, E, C> build() {
    List<TransitionRule<S, E>> rules = edges.stream().map(Edge::rule).toList();
    List<String> problems = DefinitionProblems.find(initial, states, terminal, rules);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "state machine "
              + name
              + " is invalid:"
              + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
    }
    return new StateMachine<>(name, requireNonNull(initial), states, terminal, edges);
  }

  private StateMachineBuilder<S, E, C> add(
      Iterable<? extends S> from, E event, S to, boolean reopen) {
    requireNonNull(event, "event");
    requireNonNull(to, "to state");
    int first = edges.size();
    for (S source : from) {
      edges.add(Edge.of(requireNonNull(source, "from state"), event, to, reopen));
    }
    lastAddedFrom = first;
    return this;
  }

  private int lastAdded() {
    if (lastAddedFrom < 0) {
      throw new IllegalStateException(
          "guard(..) and action(..) apply to the last transition: declare a transition first");
    }
    return lastAddedFrom;
  }
}
