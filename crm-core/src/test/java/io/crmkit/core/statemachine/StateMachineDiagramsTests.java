package io.crmkit.core.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.statemachine.SalesFixtures.Stage;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class StateMachineDiagramsTests {

  private final StateMachine<Stage, SalesFixtures.Move, SalesFixtures.Draft> sales =
      SalesFixtures.salesPipeline();

  private final StateMachine<String, String, String> awkward =
      StateMachine.<String, String, String>builder("say \"hi\"")
          .initial("new \"lead\"")
          .states("new \"lead\"", "line one\nline two", "a\\b #1; <x> {y}")
          .terminal("a\\b #1; <x> {y}")
          .transition("new \"lead\"", "go\r\non", "line one\nline two")
          .transition("line one\nline two", "end", "a\\b #1; <x> {y}")
          .build();

  @Test
  void rendersMermaidInDeclarationOrder() {
    assertThat(StateMachineDiagrams.toMermaid(sales))
        .isEqualTo(
            """
            stateDiagram-v2
                state "NEW" as s0
                state "QUALIFIED" as s1
                state "PROPOSAL" as s2
                state "WON" as s3
                state "LOST" as s4
                [*] --> s0
                s0 --> s1 : QUALIFY
                s1 --> s2 : PROPOSE [guarded]
                s2 --> s3 : WIN
                s0 --> s4 : LOSE
                s1 --> s4 : LOSE
                s2 --> s4 : LOSE
                s3 --> s2 : REOPEN
                s4 --> s1 : REOPEN
                s3 --> [*]
                s4 --> [*]
            """);
  }

  @Test
  void rendersDotInDeclarationOrder() {
    assertThat(StateMachineDiagrams.toDot(sales))
        .isEqualTo(
            """
            digraph "deal pipeline Sales" {
              rankdir=LR;
              node [shape=box, style=rounded];
              start [shape=point, label=""];
              s0 [label="NEW"];
              s1 [label="QUALIFIED"];
              s2 [label="PROPOSAL"];
              s3 [label="WON", peripheries=2];
              s4 [label="LOST", peripheries=2];
              start -> s0;
              s0 -> s1 [label="QUALIFY"];
              s1 -> s2 [label="PROPOSE [guarded]"];
              s2 -> s3 [label="WIN"];
              s0 -> s4 [label="LOSE"];
              s1 -> s4 [label="LOSE"];
              s2 -> s4 [label="LOSE"];
              s3 -> s2 [label="REOPEN"];
              s4 -> s1 [label="REOPEN"];
            }
            """);
  }

  @Test
  void escapesQuotesNewlinesAndEntityCharactersForMermaid() {
    assertThat(StateMachineDiagrams.toMermaid(awkward))
        .isEqualTo(
            """
            stateDiagram-v2
                state "new #quot;lead#quot;" as s0
                state "line one<br/>line two" as s1
                state "a\\b #35;1#59; #lt;x#gt; #123;y#125;" as s2
                [*] --> s0
                s0 --> s1 : go<br/>on
                s1 --> s2 : end
                s2 --> [*]
            """);
  }

  @Test
  void escapesQuotesBackslashesAndNewlinesForDot() {
    assertThat(StateMachineDiagrams.toDot(awkward))
        .isEqualTo(
            """
            digraph "say \\"hi\\"" {
              rankdir=LR;
              node [shape=box, style=rounded];
              start [shape=point, label=""];
              s0 [label="new \\"lead\\""];
              s1 [label="line one\\nline two"];
              s2 [label="a\\\\b #1; <x> {y}", peripheries=2];
              start -> s0;
              s0 -> s1 [label="go\\non"];
              s1 -> s2 [label="end"];
            }
            """);
  }

  @Test
  void usesTheGivenLabelFunctions() {
    String mermaid =
        StateMachineDiagrams.toMermaid(
            sales,
            stage -> stage.name().charAt(0) + stage.name().substring(1).toLowerCase(Locale.ROOT),
            move -> move.name().toLowerCase(Locale.ROOT));
    String dot =
        StateMachineDiagrams.toDot(
            sales, stage -> "stage " + stage.ordinal(), move -> "on " + move.ordinal());

    assertThat(mermaid)
        .contains("state \"Qualified\" as s1\n")
        .contains("s1 --> s2 : propose [guarded]\n");
    assertThat(dot).contains("s1 [label=\"stage 1\"];\n").contains("s0 -> s1 [label=\"on 0\"];\n");
  }

  @Test
  void rejectsALabelFunctionThatReturnsNull() {
    assertThatThrownBy(() -> StateMachineDiagrams.toMermaid(sales, stage -> null, String::valueOf))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("label of NEW");
  }
}
