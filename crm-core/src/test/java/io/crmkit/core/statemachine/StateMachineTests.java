package io.crmkit.core.statemachine;

import static io.crmkit.core.statemachine.SalesFixtures.ANA;
import static io.crmkit.core.statemachine.SalesFixtures.NOON;
import static io.crmkit.core.statemachine.SalesFixtures.TENANT;
import static io.crmkit.core.statemachine.SalesFixtures.WITHOUT_AMOUNT;
import static io.crmkit.core.statemachine.SalesFixtures.WITH_AMOUNT;
import static io.crmkit.core.statemachine.SalesFixtures.salesPipeline;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.CrmException;
import io.crmkit.core.statemachine.SalesFixtures.Draft;
import io.crmkit.core.statemachine.SalesFixtures.Move;
import io.crmkit.core.statemachine.SalesFixtures.Stage;
import io.crmkit.core.statemachine.SalesFixtures.StageEntered;
import java.util.List;
import org.junit.jupiter.api.Test;

class StateMachineTests {

  private final StateMachine<Stage, Move, Draft> machine = salesPipeline();

  @Test
  void firesAnAllowedEventAndRecordsTheMove() {
    Transition<Stage, Move> transition =
        machine.fire(Stage.NEW, Move.QUALIFY, WITH_AMOUNT, NOON, ANA);

    assertThat(transition.state()).isEqualTo(Stage.QUALIFIED);
    assertThat(transition.record())
        .isEqualTo(new TransitionRecord<>(Stage.NEW, Stage.QUALIFIED, Move.QUALIFY, NOON, ANA));
    assertThat(transition.events()).isEmpty();
  }

  @Test
  void returnsTheEventsTheActionRaised() {
    Transition<Stage, Move> transition =
        machine.fire(Stage.QUALIFIED, Move.PROPOSE, WITH_AMOUNT, NOON, ANA);

    assertThat(transition.state()).isEqualTo(Stage.PROPOSAL);
    assertThat(transition.events())
        .containsExactly(new StageEntered(TENANT, NOON, "deal-1", Stage.PROPOSAL));
  }

  @Test
  void rejectsAnEventTheStateDoesNotAccept() {
    assertThatThrownBy(() -> machine.fire(Stage.NEW, Move.WIN, WITH_AMOUNT, NOON, ANA))
        .isInstanceOf(IllegalTransitionException.class)
        .isInstanceOf(CrmException.class)
        .hasMessage(
            "deal pipeline Sales: event 'WIN' is not allowed in state 'NEW'"
                + " (allowed: 'QUALIFY', 'LOSE')")
        .satisfies(
            thrown -> {
              IllegalTransitionException e = (IllegalTransitionException) thrown;
              assertThat(e.machine()).isEqualTo("deal pipeline Sales");
              assertThat(e.state()).isEqualTo("NEW");
              assertThat(e.event()).isEqualTo("WIN");
              assertThat(e.allowedEvents()).containsExactly("QUALIFY", "LOSE");
            });
  }

  @Test
  void rejectsEveryEventButReopenInATerminalState() {
    assertThatThrownBy(() -> machine.fire(Stage.WON, Move.LOSE, WITH_AMOUNT, NOON, ANA))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "deal pipeline Sales: event 'LOSE' is not allowed in state 'WON' (allowed: 'REOPEN')");

    assertThat(machine.fire(Stage.WON, Move.REOPEN, WITH_AMOUNT, NOON, ANA).state())
        .isEqualTo(Stage.PROPOSAL);
  }

  @Test
  void reportsThatNoEventIsAllowedWhenATerminalStateCannotBeReopened() {
    StateMachine<Stage, Move, Draft> closedForGood =
        StateMachine.<Stage, Move, Draft>builder("ticket")
            .initial(Stage.NEW)
            .states(Stage.NEW, Stage.WON)
            .terminal(Stage.WON)
            .transition(Stage.NEW, Move.WIN, Stage.WON)
            .build();

    assertThatThrownBy(() -> closedForGood.fire(Stage.WON, Move.REOPEN, WITH_AMOUNT, NOON, ANA))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage("ticket: event 'REOPEN' is not allowed in state 'WON' (allowed: none)");
  }

  @Test
  void refusesATransitionItsGuardRejects() {
    assertThatThrownBy(() -> machine.fire(Stage.QUALIFIED, Move.PROPOSE, WITHOUT_AMOUNT, NOON, ANA))
        .isInstanceOf(TransitionRefusedException.class)
        .isInstanceOf(CrmException.class)
        .hasMessage(
            "deal pipeline Sales: transition from 'QUALIFIED' to 'PROPOSAL' on 'PROPOSE' refused:"
                + " an amount is required before the proposal")
        .satisfies(
            thrown -> {
              TransitionRefusedException e = (TransitionRefusedException) thrown;
              assertThat(e.machine()).isEqualTo("deal pipeline Sales");
              assertThat(e.from()).isEqualTo("QUALIFIED");
              assertThat(e.event()).isEqualTo("PROPOSE");
              assertThat(e.to()).isEqualTo("PROPOSAL");
              assertThat(e.reason()).isEqualTo("an amount is required before the proposal");
            });
  }

  @Test
  void rejectsAStateThatIsNotPartOfTheMachine() {
    StateMachine<String, String, String> small =
        StateMachine.<String, String, String>builder("lead status")
            .initial("open")
            .states("open", "closed")
            .terminal("closed")
            .transition("open", "close", "closed")
            .build();

    assertThatThrownBy(() -> small.fire("archived", "close", "ctx", NOON, ANA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("archived is not a state of lead status");
    assertThatThrownBy(() -> small.allowedEvents("archived"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("archived is not a state of lead status");
    assertThatThrownBy(() -> small.isTerminal("archived"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("archived is not a state of lead status");
  }

  @Test
  void rejectsNullArgumentsToFireNamingThem() {
    assertThatThrownBy(() -> machine.fire(null, Move.QUALIFY, WITH_AMOUNT, NOON, ANA))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("state");
    assertThatThrownBy(() -> machine.fire(Stage.NEW, null, WITH_AMOUNT, NOON, ANA))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
    assertThatThrownBy(() -> machine.fire(Stage.NEW, Move.QUALIFY, null, NOON, ANA))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("context");
    assertThatThrownBy(() -> machine.fire(Stage.NEW, Move.QUALIFY, WITH_AMOUNT, null, ANA))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("transition instant");
    assertThatThrownBy(() -> machine.fire(Stage.NEW, Move.QUALIFY, WITH_AMOUNT, NOON, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("user");
  }

  @Test
  void describesItsStatesEventsAndTransitions() {
    assertThat(machine.name()).isEqualTo("deal pipeline Sales");
    assertThat(machine.initial()).isEqualTo(Stage.NEW);
    assertThat(machine.states()).containsExactly(Stage.values());
    assertThat(machine.terminalStates()).containsExactly(Stage.WON, Stage.LOST);
    assertThat(machine.isTerminal(Stage.WON)).isTrue();
    assertThat(machine.isTerminal(Stage.PROPOSAL)).isFalse();
    assertThat(machine.allowedEvents(Stage.PROPOSAL)).containsExactly(Move.WIN, Move.LOSE);
    assertThat(machine.allowedEvents(Stage.LOST)).containsExactly(Move.REOPEN);
    assertThat(machine.transitions())
        .containsExactly(
            new TransitionRule<>(Stage.NEW, Move.QUALIFY, Stage.QUALIFIED, false, false),
            new TransitionRule<>(Stage.QUALIFIED, Move.PROPOSE, Stage.PROPOSAL, true, false),
            new TransitionRule<>(Stage.PROPOSAL, Move.WIN, Stage.WON, false, false),
            new TransitionRule<>(Stage.NEW, Move.LOSE, Stage.LOST, false, false),
            new TransitionRule<>(Stage.QUALIFIED, Move.LOSE, Stage.LOST, false, false),
            new TransitionRule<>(Stage.PROPOSAL, Move.LOSE, Stage.LOST, false, false),
            new TransitionRule<>(Stage.WON, Move.REOPEN, Stage.PROPOSAL, false, true),
            new TransitionRule<>(Stage.LOST, Move.REOPEN, Stage.QUALIFIED, false, true));
    assertThat(machine).hasToString("StateMachine[deal pipeline Sales, 5 states, 8 transitions]");
  }

  @Test
  void exposesImmutableViews() {
    assertThatThrownBy(() -> machine.states().add(Stage.NEW))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> machine.allowedEvents(Stage.NEW).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> machine.transitions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void acceptsRecordsAsStatesForMachinesBuiltAtRunTime() {
    record StageId(String value) {}
    StageId lead = new StageId("lead");
    StageId won = new StageId("won");
    StateMachine<StageId, String, String> pipeline =
        StateMachine.<StageId, String, String>builder("pipeline Partners")
            .initial(lead)
            .states(lead, won)
            .terminal(won)
            .transition(lead, "advance", won)
            .build();

    assertThat(pipeline.fire(new StageId("lead"), "advance", "ctx", NOON, ANA).state())
        .isEqualTo(new StageId("won"));
  }

  @Test
  void copiesTheActionsEventsSoCallersCannotChangeThem() {
    List<StageEntered> raised = new java.util.ArrayList<>();
    StateMachine<Stage, Move, Draft> recording =
        StateMachine.<Stage, Move, Draft>builder("copying")
            .initial(Stage.NEW)
            .states(Stage.NEW, Stage.WON)
            .terminal(Stage.WON)
            .transition(Stage.NEW, Move.WIN, Stage.WON)
            .action(
                (record, draft) -> {
                  raised.add(new StageEntered(TENANT, record.at(), draft.id(), record.to()));
                  return raised;
                })
            .build();

    Transition<Stage, Move> transition =
        recording.fire(Stage.NEW, Move.WIN, WITH_AMOUNT, NOON, ANA);
    raised.clear();

    assertThat(transition.events())
        .containsExactly(new StageEntered(TENANT, NOON, "deal-1", Stage.WON));
  }
}
