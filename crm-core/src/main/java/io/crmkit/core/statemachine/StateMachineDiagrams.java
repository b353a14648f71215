package io.crmkit.core.statemachine;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The diagram texts of a {@link StateMachine}, for documentation and admin screens: Mermaid ({@code
 * stateDiagram-v2}) or Graphviz DOT.
 *
 * <p>States appear in declaration order and transitions in declaration order, so the text is stable
 * and diffs well. States get generated identifiers ({@code s0}, {@code s1}, ...) and their labels
 * are escaped, so any label text is safe. A guarded transition's label ends with {@code [guarded]};
 * the initial state has an arrow from a start point and terminal states an arrow to an end point
 * (Mermaid) or a double border (DOT).
 *
 * @since 0.1
 */
public final class StateMachineDiagrams {

  private StateMachineDiagrams() {}

  /** Returns the machine as a Mermaid state diagram, labelled by {@code toString()}. */
  public static <S, E> String toMermaid(StateMachine<S, E, ?> machine) {
    return toMermaid(machine, String::valueOf, String::valueOf);
  }

  /**
   * Returns the machine as a Mermaid state diagram.
   *
   * @param machine the machine; never null
   * @param stateLabel names a state; never null, never returns null
   * @param eventLabel names an event; never null, never returns null
   */
  public static <S, E> String toMermaid(
      StateMachine<S, E, ?> machine,
      Function<? super S, String> stateLabel,
      Function<? super E, String> eventLabel) {
    Map<S, String> ids = ids(machine);
    StringBuilder out = new StringBuilder("stateDiagram-v2\n");
    for (S state : machine.states()) {
      out.append("    state \"")
          .append(mermaidText(label(stateLabel, state)))
          .append("\" as ")
          .append(ids.get(state))
          .append('\n');
    }
    out.append("    [*] --> ").append(ids.get(machine.initial())).append('\n');
    for (TransitionRule<S, E> rule : machine.transitions()) {
      out.append("    ")
          .append(ids.get(rule.from()))
          .append(" --> ")
          .append(ids.get(rule.to()))
          .append(" : ")
          .append(mermaidText(transitionLabel(rule, eventLabel)))
          .append('\n');
    }
    for (S state : machine.terminalStates()) {
      out.append("    ").append(ids.get(state)).append(" --> [*]\n");
    }
    return out.toString();
  }

  /** Returns the machine as a Graphviz DOT digraph, labelled by {@code toString()}. */
  public static <S, E> String toDot(StateMachine<S, E, ?> machine) {
    return toDot(machine, String::valueOf, String::valueOf);
  }

  /**
   * Returns the machine as a Graphviz DOT digraph named after the machine.
   *
   * @param machine the machine; never null
   * @param stateLabel names a state; never null, never returns null
   * @param eventLabel names an event; never null, never returns null
   */
  public static <S, E> String toDot(
      StateMachine<S, E, ?> machine,
      Function<? super S, String> stateLabel,
      Function<? super E, String> eventLabel) {
    Map<S, String> ids = ids(machine);
    StringBuilder out = new StringBuilder();
    out.append("digraph \"").append(dotText(machine.name())).append("\" {\n");
    out.append("  rankdir=LR;\n");
    out.append("  node [shape=box, style=rounded];\n");
    out.append("  start [shape=point, label=\"\"];\n");
    for (S state : machine.states()) {
      out.append("  ")
          .append(ids.get(state))
          .append(" [label=\"")
          .append(dotText(label(stateLabel, state)))
          .append('"')
          .append(machine.isTerminal(state) ? ", peripheries=2" : "")
          .append("];\n");
    }
    out.append("  start -> ").append(ids.get(machine.initial())).append(";\n");
    for (TransitionRule<S, E> rule : machine.transitions()) {
      out.append("  ")
          .append(ids.get(rule.from()))
          .append(" -> ")
          .append(ids.get(rule.to()))
          .append(" [label=\"")
          .append(dotText(transitionLabel(rule, eventLabel)))
          .append("\"];\n");
    }
    return out.append("}\n").toString();
  }

  private static <S> Map<S, String> ids(StateMachine<S, ?, ?> machine) {
    requireNonNull(machine, "state machine");
    Map<S, String> ids = new HashMap<>();
    for (S state : machine.states()) {
      ids.put(state, "s" + ids.size());
    }
    return ids;
  }

  private static <T> String label(Function<? super T, String> labeller, T value) {
    return requireNonNull(labeller.apply(value), () -> "label of " + value);
  }

  private static <S, E> String transitionLabel(
      TransitionRule<S, E> rule, Function<? super E, String> eventLabel) {
    String event = label(eventLabel, rule.event());
    return rule.guarded() ? event + " [guarded]" : event;
  }

  /**
   * Mermaid has no backslash escapes: it decodes {@code #name;} and {@code #code;} entities, and
   * breaks lines at {@code <br/>}. {@code #} goes first so that the entities added after it stay
   * intact.
   */
  private static String mermaidText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '#' -> out.append("#35;");
        case '"' -> out.append("#quot;");
        case ';' -> out.append("#59;");
        case '<' -> out.append("#lt;");
        case '>' -> out.append("#gt;");
        case '{' -> out.append("#123;");
        case '}' -> out.append("#125;");
        case '\r' -> {
          out.append("<br/>");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> out.append("<br/>");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** DOT quoted strings escape with backslashes; {@code \n} is a centred line break. */
  private static String dotText(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\r' -> {
          out.append("\\n");
          if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
        }
        case '\n' -> out.append("\\n");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
