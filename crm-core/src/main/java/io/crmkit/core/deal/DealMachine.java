package io.crmkit.core.deal;

import io.crmkit.core.UserId;
import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.StateMachine;
import io.crmkit.core.statemachine.StateMachineBuilder;
import io.crmkit.core.statemachine.Transition;
import io.crmkit.core.statemachine.TransitionRefusedException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns a pipeline's stages and policy into the deals' state machine, and fires it with messages
 * that name stages rather than their ids.
 */
final class DealMachine {

  private DealMachine() {}

  static StateMachine<StageId, StageMove, DealDetails> build(Pipeline pipeline) {
    List<Stage> open = pipeline.openStages();
    StageId won = pipeline.wonStage().id();
    StageId lost = pipeline.lostStage().id();
    StateMachineBuilder<StageId, StageMove, DealDetails> builder =
        StateMachine.<StageId, StageMove, DealDetails>builder(machineName(pipeline))
            .initial(pipeline.firstStage().id())
            .terminal(won, lost);
    for (Stage stage : pipeline.stages()) {
      builder.states(stage.id());
    }
    for (int from = 0; from < open.size(); from++) {
      for (int to = 0; to < open.size(); to++) {
        if (pipeline.policy().allows(from, to)) {
          Stage target = open.get(to);
          builder.transition(open.get(from).id(), StageMove.moveTo(target.id()), target.id());
          guard(builder, target);
        }
      }
    }
    Set<StageId> openIds = new LinkedHashSet<>();
    open.forEach(s -> openIds.add(s.id()));
    builder.transition(openIds, StageMove.win(won), won);
    guard(builder, pipeline.wonStage());
    builder.transition(openIds, StageMove.lose(lost), lost);
    guard(builder, pipeline.lostStage());
    for (StageId closed : List.of(won, lost)) {
      for (Stage target : open) {
        builder.reopen(closed, StageMove.reopen(target.id()), target.id());
        guard(builder, target);
      }
    }
    return builder.build();
  }

  /**
   * Fires {@code move} from {@code from}, rethrowing refusals with the stages' names so that a user
   * can read them.
   */
  static Transition<StageId, StageMove> fire(
      Pipeline pipeline, StageId from, StageMove move, DealDetails details, Instant at, UserId by) {
    StateMachine<StageId, StageMove, DealDetails> machine = pipeline.dealMachine();
    try {
      return machine.fire(from, move, details, at, by);
    } catch (IllegalTransitionException refused) {
      List<String> allowed = new ArrayList<>();
      for (StageMove event : machine.allowedEvents(from)) {
        allowed.add(label(pipeline, event));
      }
      throw new IllegalTransitionException(
          machine.name(), pipeline.stage(from).name(), label(pipeline, move), allowed);
    } catch (TransitionRefusedException refused) {
      throw new TransitionRefusedException(
          machine.name(),
          pipeline.stage(from).name(),
          label(pipeline, move),
          pipeline.stage(move.to()).name(),
          refused.reason());
    }
  }

  /** Returns the fields of {@code details} that {@code stage} requires and that are missing. */
  static List<DealField> missing(Stage stage, DealDetails details) {
    return stage.requiredFields().stream().filter(f -> !f.isFilledIn(details)).toList();
  }

  /** Returns why a deal with {@code missing} fields may not enter {@code stage}. */
  static String refusal(Stage stage, List<DealField> missing) {
    return missing.stream().map(DealField::label).collect(Collectors.joining(", "))
        + (missing.size() == 1 ? " is" : " are")
        + " required to enter '"
        + stage.name()
        + "'";
  }

  private static String label(Pipeline pipeline, StageMove move) {
    String target = pipeline.findStage(move.to()).map(Stage::name).orElse(move.to().toString());
    return switch (move.kind()) {
      case MOVE -> "move to " + target;
      case REOPEN -> "reopen to " + target;
      case WIN, LOSE -> move.kind().label();
    };
  }

  private static String machineName(Pipeline pipeline) {
    return "deal pipeline '" + pipeline.name() + "'";
  }

  private static void guard(
      StateMachineBuilder<StageId, StageMove, DealDetails> builder, Stage target) {
    if (target.requiredFields().isEmpty()) {
      return;
    }
    Guard<DealDetails> required =
        details -> {
          List<DealField> missing = missing(target, details);
          return missing.isEmpty() ? Optional.empty() : Optional.of(refusal(target, missing));
        };
    builder.guard(required);
  }
}
