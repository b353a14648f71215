package io.crmkit.core.statemachine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds every problem of a state machine definition at once, so that whoever writes (or generates,
 * as for pipelines) a definition fixes them all in one round rather than one per build.
 */
final class DefinitionProblems {

  private DefinitionProblems() {}

  static <S, E> List<String> find(
      @Nullable S initial, Set<S> states, Set<S> terminal, List<TransitionRule<S, E>> rules) {
    List<String> problems = new ArrayList<>();
    if (states.isEmpty()) {
      problems.add("no states declared: call states(..)");
    }
    if (initial == null) {
      problems.add("no initial state: call initial(..)");
    } else if (!states.contains(initial)) {
      problems.add("initial state " + initial + " is not declared in states(..)");
    }
    for (S state : terminal) {
      if (!states.contains(state)) {
        problems.add("terminal state " + state + " is not declared in states(..)");
      }
    }
    for (TransitionRule<S, E> rule : rules) {
      checkEndpoints(rule, states, terminal, problems);
    }
    checkDuplicates(rules, problems);
    checkWayOut(states, terminal, rules, problems);
    if (initial != null && states.contains(initial)) {
      checkReachable(initial, states, rules, problems);
    }
    return problems;
  }

  private static <S, E> void checkEndpoints(
      TransitionRule<S, E> rule, Set<S> states, Set<S> terminal, List<String> problems) {
    if (!states.contains(rule.from())) {
      problems.add(
          "transition "
              + rule
              + ": source state "
              + rule.from()
              + " is not declared in states(..)");
    }
    if (!states.contains(rule.to())) {
      problems.add(
          "transition " + rule + ": target state " + rule.to() + " is not declared in states(..)");
    }
    boolean fromTerminal = terminal.contains(rule.from());
    if (fromTerminal && !rule.reopen()) {
      problems.add(
          "transition "
              + rule
              + " leaves terminal state "
              + rule.from()
              + ": terminal states accept only transitions declared with reopen(..)");
    }
    if (!fromTerminal && rule.reopen()) {
      problems.add(
          "reopen "
              + rule
              + " starts from "
              + rule.from()
              + ", which is not terminal: declare it with transition(..)");
    }
  }

  private static <S, E> void checkDuplicates(
      List<TransitionRule<S, E>> rules, List<String> problems) {
    Map<S, Map<E, List<S>>> targets = new LinkedHashMap<>();
    for (TransitionRule<S, E> rule : rules) {
      targets
          .computeIfAbsent(rule.from(), s -> new LinkedHashMap<>())
          .computeIfAbsent(rule.event(), e -> new ArrayList<>())
          .add(rule.to());
    }
    targets.forEach(
        (from, byEvent) ->
            byEvent.forEach(
                (event, to) -> {
                  if (to.size() < 2) {
                    return;
                  }
                  Set<S> distinct = new LinkedHashSet<>(to);
                  if (distinct.size() == 1) {
                    problems.add(
                        "transition "
                            + from
                            + " -["
                            + event
                            + "]-> "
                            + to.get(0)
                            + " is declared "
                            + to.size()
                            + " times");
                  } else {
                    problems.add(
                        "ambiguous transitions from "
                            + from
                            + " on "
                            + event
                            + ": to "
                            + String.join(", ", distinct.stream().map(String::valueOf).toList()));
                  }
                }));
  }

  private static <S, E> void checkWayOut(
      Set<S> states, Set<S> terminal, List<TransitionRule<S, E>> rules, List<String> problems) {
    Set<S> withWayOut = new HashSet<>();
    for (TransitionRule<S, E> rule : rules) {
      withWayOut.add(rule.from());
    }
    for (S state : states) {
      if (!terminal.contains(state) && !withWayOut.contains(state)) {
        problems.add(
            "state "
                + state
                + " has no outgoing transition but is not terminal: add a transition or declare it"
                + " terminal(..)");
      }
    }
  }

  private static <S, E> void checkReachable(
      S initial, Set<S> states, List<TransitionRule<S, E>> rules, List<String> problems) {
    Map<S, List<S>> successors = new LinkedHashMap<>();
    for (TransitionRule<S, E> rule : rules) {
      successors.computeIfAbsent(rule.from(), s -> new ArrayList<>()).add(rule.to());
    }
    Set<S> reached = new HashSet<>();
    Deque<S> pending = new ArrayDeque<>();
    reached.add(initial);
    pending.add(initial);
    while (!pending.isEmpty()) {
      for (S next : successors.getOrDefault(pending.poll(), List.of())) {
        if (reached.add(next)) {
          pending.add(next);
        }
      }
    }
    for (S state : states) {
      if (!reached.contains(state)) {
        problems.add("state " + state + " is unreachable from the initial state " + initial);
      }
    }
  }
}
