package io.crmkit.core.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.statemachine.StateMachineDiagrams;

/**
 * A pipeline drawn as a state diagram: its stages by name and the moves a deal may make between
 * them, labelled by kind, in Mermaid or Graphviz DOT, for documentation and admin screens.
 *
 * <pre>{@code
 * String mermaid = PipelineDiagrams.toMermaid(crm.pipelines().get(salesId));
 * }</pre>
 *
 * @since 0.1
 */
public final class PipelineDiagrams {

  private PipelineDiagrams() {}

  /** Returns {@code pipeline} as a Mermaid state diagram, stages named, moves labelled by kind. */
  public static String toMermaid(Pipeline pipeline) {
    requireNonNull(pipeline, "pipeline");
    return StateMachineDiagrams.toMermaid(
        pipeline.dealMachine(), s -> pipeline.stage(s).name(), move -> move.kind().label());
  }

  /** Returns {@code pipeline} as a Graphviz DOT digraph, stages named, moves labelled by kind. */
  public static String toDot(Pipeline pipeline) {
    requireNonNull(pipeline, "pipeline");
    return StateMachineDiagrams.toDot(
        pipeline.dealMachine(), s -> pipeline.stage(s).name(), move -> move.kind().label());
  }
}
