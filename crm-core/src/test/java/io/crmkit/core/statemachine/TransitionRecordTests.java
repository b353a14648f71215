package io.crmkit.core.statemachine;

import static io.crmkit.core.statemachine.SalesFixtures.ANA;
import static io.crmkit.core.statemachine.SalesFixtures.NOON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TransitionRecordTests {

  @Test
  void rejectsMissingParts() {
    assertThatThrownBy(() -> new TransitionRecord<>(null, "b", "go", NOON, ANA))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("from state");
    assertThatThrownBy(() -> new TransitionRecord<>("a", null, "go", NOON, ANA))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("to state");
    assertThatThrownBy(() -> new TransitionRecord<>("a", "b", null, NOON, ANA))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
    assertThatThrownBy(() -> new TransitionRecord<>("a", "b", "go", null, ANA))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("transition instant");
    assertThatThrownBy(() -> new TransitionRecord<>("a", "b", "go", NOON, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("user");
  }

  @Test
  void transitionCopiesItsEventsAndReportsTheNewState() {
    TransitionRecord<String, String> record = new TransitionRecord<>("a", "b", "go", NOON, ANA);
    List<io.crmkit.core.DomainEvent> events = new ArrayList<>();
    Transition<String, String> transition = new Transition<>(record, events);
    events.add(
        new SalesFixtures.StageEntered(
            SalesFixtures.TENANT, NOON, "deal-1", SalesFixtures.Stage.NEW));

    assertThat(transition.state()).isEqualTo("b");
    assertThat(transition.events()).isEmpty();
    assertThatThrownBy(() -> new Transition<>(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("transition record");
  }

  @Test
  void transitionRuleRejectsMissingPartsAndPrintsAsAnArrow() {
    assertThatThrownBy(() -> new TransitionRule<>("a", null, "b", false, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("event");
    assertThat(new TransitionRule<>("a", "go", "b", true, false)).hasToString("a -[go]-> b");
  }
}
