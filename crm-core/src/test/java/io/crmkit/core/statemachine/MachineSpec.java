package io.crmkit.core.statemachine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A random but valid machine definition decoded from a list of numbers, so that QuickTheories can
 * shrink a failing machine by shrinking the numbers. It doubles as the model the machine is checked
 * against.
 *
 * <p>States are {@code 0..n-1} with {@code 0} initial. Every other state hangs off a spanning tree
 * of non-terminal states (events {@code go1}, {@code go2}, ...) so that all are reachable; extra
 * transitions use events {@code a}, {@code b}, {@code c}; terminal states may be reopened with
 * {@code reopen}. Guarded transitions refuse odd contexts.
 */
record MachineSpec(int stateCount, Set<Integer> terminal, List<Rule> rules) {

  record Rule(int from, String event, int to, boolean reopen, boolean guarded) {}

  static final String UNKNOWN_EVENT = "unknown";
  private static final List<String> EXTRA_EVENTS = List.of("a", "b", "c");

  static MachineSpec decode(List<Integer> choices) {
    Choices next = new Choices(choices);
    int n = 2 + next.below(5);
    Set<Integer> terminal = new LinkedHashSet<>();
    for (int state = 1; state < n; state++) {
      if (next.below(3) == 0) {
        terminal.add(state);
      }
    }
    List<Rule> rules = new ArrayList<>();
    for (int state = 1; state < n; state++) {
      List<Integer> parents =
          IntStream.range(0, state).filter(s -> !terminal.contains(s)).boxed().toList();
      int parent = parents.get(next.below(parents.size()));
      rules.add(new Rule(parent, "go" + state, state, false, next.below(4) == 0));
    }
    for (int state = 0; state < n; state++) {
      if (terminal.contains(state)) {
        if (next.below(2) == 0) {
          rules.add(new Rule(state, "reopen", next.below(n), true, next.below(4) == 0));
        }
        continue;
      }
      for (String event : EXTRA_EVENTS) {
        if (next.below(3) == 0) {
          rules.add(new Rule(state, event, next.below(n), false, next.below(4) == 0));
        }
      }
      int from = state;
      if (rules.stream().noneMatch(r -> r.from() == from)) {
        rules.add(new Rule(state, "a", next.below(n), false, false));
      }
    }
    return new MachineSpec(n, terminal, rules);
  }

  StateMachine<Integer, String, Integer> build() {
    StateMachineBuilder<Integer, String, Integer> builder =
        StateMachine.<Integer, String, Integer>builder("random")
            .initial(0)
            .states(IntStream.range(0, stateCount).boxed().toArray(Integer[]::new))
            .terminal(terminal.toArray(Integer[]::new));
    for (Rule rule : rules) {
      if (rule.reopen()) {
        builder.reopen(rule.from(), rule.event(), rule.to());
      } else {
        builder.transition(rule.from(), rule.event(), rule.to());
      }
      if (rule.guarded()) {
        builder.guard(Guard.requiring("odd context", context -> context % 2 == 0));
      }
    }
    return builder.build();
  }

  Optional<Rule> rule(int from, String event) {
    return rules.stream().filter(r -> r.from() == from && r.event().equals(event)).findFirst();
  }

  /** Every event the machine knows, plus one it does not. */
  List<String> events() {
    Set<String> events = new LinkedHashSet<>();
    rules.forEach(r -> events.add(r.event()));
    events.addAll(EXTRA_EVENTS);
    events.add("reopen");
    events.add(UNKNOWN_EVENT);
    return List.copyOf(events);
  }

  /** Reads the numbers in turn, starting over at the end. */
  private static final class Choices {
    private final List<Integer> values;
    private int position;

    Choices(List<Integer> values) {
      this.values = values;
    }

    int below(int bound) {
      int value = values.isEmpty() ? 0 : values.get(position++ % values.size());
      return value % bound;
    }
  }
}
