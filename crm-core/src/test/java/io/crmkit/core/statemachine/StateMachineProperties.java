package io.crmkit.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.UserId;
import io.crmkit.core.statemachine.MachineSpec.Rule;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StateMachineProperties {

  private static final Instant AT = Instant.parse("2026-03-02T12:00:00Z");
  private static final UserId BY = UserId.of("ana");
  private static final int EVEN = 0;

  private static Gen<MachineSpec> machines() {
    return lists()
        .of(integers().between(0, 999))
        .ofSize(60)
        .map(MachineSpec::decode)
        .describedAs(MachineSpec::toString);
  }

  /**
   * Fires the machine's event at index {@code event} (modulo the number of events) with {@code
   * context}, which the guarded rules refuse when odd: a shrunk failure reads as the events fired.
   */
  record Fire(int event, int context) {}

  private static Gen<List<Fire>> steps() {
    return lists()
        .of(integers().between(0, 99).zip(integers().between(0, 99), Fire::new))
        .ofSizeBetween(0, 40);
  }

  @Test
  void firingARandomEventSequenceFollowsTheModelAndRecordsAPath() {
    qt().forAll(machines(), steps())
        .checkAssert(
            (spec, steps) -> {
              StateMachine<Integer, String, Integer> machine = spec.build();
              List<String> events = spec.events();
              List<TransitionRecord<Integer, String>> records = new ArrayList<>();
              Integer state = machine.initial();
              for (Fire fire : steps) {
                String event = events.get(fire.event() % events.size());
                int context = fire.context();
                Rule rule = spec.rule(state, event).orElse(null);
                try {
                  Transition<Integer, String> transition =
                      machine.fire(state, event, context, AT, BY);
                  assertThat(rule).as("rule fired from %s on %s", state, event).isNotNull();
                  assertThat(rule.guarded() && context % 2 != 0).isFalse();
                  assertThat(transition.record())
                      .isEqualTo(new TransitionRecord<>(state, rule.to(), event, AT, BY));
                  records.add(transition.record());
                  state = transition.state();
                } catch (IllegalTransitionException e) {
                  assertThat(rule).as("refused rule from %s on %s", state, event).isNull();
                } catch (TransitionRefusedException e) {
                  assertThat(rule).isNotNull();
                  assertThat(rule.guarded()).isTrue();
                  assertThat(context % 2).isNotZero();
                  assertThat(e.reason()).isEqualTo("odd context");
                }
                assertThat(machine.states()).contains(state);
              }
              Integer expectedFrom = machine.initial();
              for (TransitionRecord<Integer, String> record : records) {
                assertThat(record.from()).isEqualTo(expectedFrom);
                assertThat(machine.states()).contains(record.to());
                expectedFrom = record.to();
              }
            });
  }

  @Test
  void allowedEventsAreExactlyTheEventsThatAreNotIllegal() {
    qt().forAll(machines())
        .checkAssert(
            spec -> {
              StateMachine<Integer, String, Integer> machine = spec.build();
              for (Integer state : machine.states()) {
                for (String event : spec.events()) {
                  boolean illegal = firesIllegally(machine, state, event);
                  assertThat(machine.allowedEvents(state).contains(event))
                      .as("%s allowed in %s", event, state)
                      .isEqualTo(!illegal);
                }
              }
            });
  }

  @Test
  void terminalStatesAcceptOnlyTheirDeclaredReopenEvents() {
    qt().forAll(machines())
        .checkAssert(
            spec -> {
              StateMachine<Integer, String, Integer> machine = spec.build();
              assertThat(machine.terminalStates()).containsExactlyElementsOf(spec.terminal());
              for (Integer state : spec.terminal()) {
                List<Rule> leaving = spec.rules().stream().filter(r -> r.from() == state).toList();
                assertThat(leaving).allMatch(Rule::reopen);
                Set<String> reopens = leaving.stream().map(Rule::event).collect(Collectors.toSet());
                assertThat(machine.isTerminal(state)).isTrue();
                assertThat(machine.allowedEvents(state)).isEqualTo(reopens);
                for (String event : spec.events()) {
                  assertThat(!firesIllegally(machine, state, event))
                      .as("%s accepted by terminal %s", event, state)
                      .isEqualTo(reopens.contains(event));
                }
              }
            });
  }

  @Test
  void diagramsShowEveryStateAndTransition() {
    qt().forAll(machines())
        .checkAssert(
            spec -> {
              StateMachine<Integer, String, Integer> machine = spec.build();
              String mermaid = StateMachineDiagrams.toMermaid(machine);
              String dot = StateMachineDiagrams.toDot(machine);
              // States are 0..n-1 declared in order, so state i is drawn as s<i>.
              for (Integer state : machine.states()) {
                assertThat(mermaid).contains("state \"" + state + "\" as s" + state + "\n");
                assertThat(dot).contains("s" + state + " [label=\"" + state + "\"");
              }
              for (Rule rule : spec.rules()) {
                String label = rule.event() + (rule.guarded() ? " [guarded]" : "");
                assertThat(mermaid)
                    .contains("s" + rule.from() + " --> s" + rule.to() + " : " + label + "\n");
                assertThat(dot)
                    .contains(
                        "s" + rule.from() + " -> s" + rule.to() + " [label=\"" + label + "\"];\n");
              }
              assertThat(mermaid.lines().filter(l -> l.contains(" : ")).count())
                  .isEqualTo(spec.rules().size());
            });
  }

  @Test
  void buildRejectsAnyAmbiguousTransition() {
    qt().forAll(machines(), integers().between(0, 999))
        .checkAssert(
            (spec, pick) -> {
              Rule rule = spec.rules().get(pick % spec.rules().size());
              int otherTarget = (rule.to() + 1) % spec.stateCount();
              List<Rule> rules = new ArrayList<>(spec.rules());
              rules.add(
                  new Rule(rule.from(), rule.event(), otherTarget, rule.reopen(), rule.guarded()));
              MachineSpec ambiguous = new MachineSpec(spec.stateCount(), spec.terminal(), rules);

              assertThatThrownBy(ambiguous::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageContaining(
                      "ambiguous transitions from "
                          + rule.from()
                          + " on "
                          + rule.event()
                          + ": to "
                          + rule.to()
                          + ", "
                          + otherTarget);
            });
  }

  @Test
  void buildRejectsAnyStateThatCannotBeReached() {
    qt().forAll(machines())
        .checkAssert(
            spec -> {
              int orphan = spec.stateCount();
              List<Rule> rules = new ArrayList<>(spec.rules());
              rules.add(new Rule(orphan, "a", 0, false, false));
              MachineSpec unreachable = new MachineSpec(orphan + 1, spec.terminal(), rules);

              assertThatThrownBy(unreachable::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageEndingWith(
                      "  - state " + orphan + " is unreachable from the initial state 0");
            });
  }

  private static boolean firesIllegally(
      StateMachine<Integer, String, Integer> machine, Integer state, String event) {
    try {
      machine.fire(state, event, EVEN, AT, BY);
      return false;
    } catch (IllegalTransitionException e) {
      assertThat(e.allowedEvents())
          .containsExactlyElementsOf(
              machine.allowedEvents(state).stream().map(String::valueOf).toList());
      return true;
    } catch (TransitionRefusedException e) {
      return fail("a guard refused an even context: %s", e.getMessage());
    }
  }
}
