package io.crmkit.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StateMachineDefinitionTests {

  private static StateMachineBuilder<String, String, String> builder() {
    return StateMachine.builder("ticket status");
  }

  @Test
  void rejectsANullName() {
    assertThatThrownBy(() -> StateMachine.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state machine name");
  }

  @Test
  void rejectsABlankName() {
    assertThatThrownBy(() -> StateMachine.builder("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state machine name must be 1 to 100 printable characters, not blank: '  '");
  }

  @Test
  void rejectsAnOverlongName() {
    String name = "x".repeat(101);
    assertThatThrownBy(() -> StateMachine.builder(name))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 100 printable characters")
        .hasMessageContaining(name);
    assertThat(StateMachine.builder("x".repeat(100))).isNotNull();
  }

  @Test
  void rejectsControlCharactersInTheName() {
    assertThatThrownBy(() -> StateMachine.builder("ticket\nstatus"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'ticket\nstatus'");
  }

  @Test
  void rejectsAMissingInitialStateAndMissingStates() {
    assertThatThrownBy(() -> builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "state machine ticket status is invalid:\n"
                + "  - no states declared: call states(..)\n"
                + "  - no initial state: call initial(..)");
  }

  @Test
  void listsEveryProblemOfADefinitionAtOnce() {
    StateMachineBuilder<String, String, String> broken =
        builder()
            .initial("new")
            .states("new", "open", "stuck", "orphan", "closed")
            .terminal("closed", "archived")
            .transition("new", "open", "open")
            .transition("new", "open", "open")
            .transition("open", "close", "closed")
            .transition("open", "close", "new")
            .transition("new", "escalate", "stuck")
            .transition("open", "forward", "elsewhere")
            .transition("closed", "reopen", "open")
            .reopen("open", "undo", "new");

    assertThatThrownBy(broken::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "state machine ticket status is invalid:\n"
                + "  - terminal state archived is not declared in states(..)\n"
                + "  - transition open -[forward]-> elsewhere: target state elsewhere is not"
                + " declared in states(..)\n"
                + "  - transition closed -[reopen]-> open leaves terminal state closed: terminal"
                + " states accept only transitions declared with reopen(..)\n"
                + "  - reopen open -[undo]-> new starts from open, which is not terminal: declare"
                + " it with transition(..)\n"
                + "  - transition new -[open]-> open is declared 2 times\n"
                + "  - ambiguous transitions from open on close: to closed, new\n"
                + "  - state stuck has no outgoing transition but is not terminal: add a"
                + " transition or declare it terminal(..)\n"
                + "  - state orphan has no outgoing transition but is not terminal: add a"
                + " transition or declare it terminal(..)\n"
                + "  - state orphan is unreachable from the initial state new");
  }

  @Test
  void rejectsUndeclaredInitialAndSourceStates() {
    StateMachineBuilder<String, String, String> broken =
        builder()
            .initial("draft")
            .states("open", "closed")
            .terminal("closed")
            .transition("open", "close", "closed")
            .transition("pending", "close", "closed");

    assertThatThrownBy(broken::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "state machine ticket status is invalid:\n"
                + "  - initial state draft is not declared in states(..)\n"
                + "  - transition pending -[close]-> closed: source state pending is not declared"
                + " in states(..)");
  }

  @Test
  void findsStatesReachableOnlyThroughAReopen() {
    StateMachine<String, String, String> machine =
        builder()
            .initial("open")
            .states("open", "closed", "reopened")
            .terminal("closed")
            .transition("open", "close", "closed")
            .reopen("closed", "reopen", "reopened")
            .transition("reopened", "close", "closed")
            .build();

    assertThat(machine.states()).containsExactly("open", "closed", "reopened");
  }

  @Test
  void rejectsASecondInitialState() {
    assertThatThrownBy(() -> builder().initial("new").initial("open"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("initial state of ticket status is already new, cannot set it to open");
  }

  @Test
  void rejectsAGuardOrActionBeforeAnyTransition() {
    assertThatThrownBy(() -> builder().guard(context -> java.util.Optional.empty()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "guard(..) and action(..) apply to the last transition: declare a transition first");
    assertThatThrownBy(() -> builder().action((record, context) -> List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "guard(..) and action(..) apply to the last transition: declare a transition first");
  }

  @Test
  void rejectsASecondGuardOrActionOnTheSameTransition() {
    StateMachineBuilder<String, String, String> builder =
        builder()
            .transition("open", "close", "closed")
            .guard(Guard.requiring("no", c -> true))
            .action((record, context) -> List.of());

    assertThatThrownBy(() -> builder.guard(Guard.requiring("again", c -> true)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "transition open -[close]-> closed already has a guard: combine guards with"
                + " Guard.and(..)");
    assertThatThrownBy(() -> builder.action((record, context) -> List.of()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "transition open -[close]-> closed already has an action: return every event from"
                + " one action");
  }

  @Test
  void rejectsATransitionFromNoState() {
    assertThatThrownBy(() -> builder().transition(Set.of(), "close", "closed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("transition on close to closed needs at least one source state");
  }

  @Test
  void rejectsNullStatesAndEvents() {
    assertThatThrownBy(() -> builder().states("open", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state");
    assertThatThrownBy(() -> builder().terminal((String) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("terminal state");
    assertThatThrownBy(() -> builder().transition("open", null, "closed"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
    assertThatThrownBy(() -> builder().transition("open", "close", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("to state");
  }

  @Test
  void appliesAGuardToEveryTransitionOfAMultiSourceDeclaration() {
    Set<String> open = new LinkedHashSet<>(List.of("new", "open"));
    StateMachine<String, String, String> machine =
        builder()
            .initial("new")
            .states("new", "open", "spam")
            .terminal("spam")
            .transition("new", "open", "open")
            .transition(open, "flag", "spam")
            .guard(Guard.requiring("only agents flag spam", "agent"::equals))
            .build();

    assertThat(machine.transitions())
        .containsExactly(
            new TransitionRule<>("new", "open", "open", false, false),
            new TransitionRule<>("new", "flag", "spam", true, false),
            new TransitionRule<>("open", "flag", "spam", true, false));
    assertThatThrownBy(
            () -> machine.fire("open", "flag", "customer", SalesFixtures.NOON, SalesFixtures.ANA))
        .isInstanceOf(TransitionRefusedException.class)
        .hasMessageEndingWith("refused: only agents flag spam");
    assertThat(machine.fire("new", "flag", "agent", SalesFixtures.NOON, SalesFixtures.ANA).state())
        .isEqualTo("spam");
  }
}
