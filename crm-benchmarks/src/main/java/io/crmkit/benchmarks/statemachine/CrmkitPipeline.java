package io.crmkit.benchmarks.statemachine;

import io.crmkit.benchmarks.statemachine.SalesPipeline.Move;
import io.crmkit.benchmarks.statemachine.SalesPipeline.Opportunity;
import io.crmkit.benchmarks.statemachine.SalesPipeline.Stage;
import io.crmkit.core.UserId;
import io.crmkit.core.statemachine.Guard;
import io.crmkit.core.statemachine.StateMachine;
import java.time.Instant;
import java.util.HashSet;

/**
 * The sales pipeline on crmkit's {@link StateMachine}: the definition is built once and shared; the
 * deal's stage lives with the caller, so nothing is restored between deals.
 */
final class CrmkitPipeline {

  private static final Instant AT = Instant.parse("2026-03-02T12:00:00Z");
  private static final UserId BY = UserId.of("ana");

  private final StateMachine<Stage, Move, Opportunity> machine =
      StateMachine.<Stage, Move, Opportunity>builder("deal pipeline Sales")
          .initial(Stage.NEW)
          .states(Stage.values())
          .terminal(Stage.WON, Stage.LOST)
          .transition(Stage.NEW, Move.QUALIFY, Stage.QUALIFIED)
          .transition(Stage.QUALIFIED, Move.SCHEDULE_DEMO, Stage.DEMO)
          .transition(Stage.DEMO, Move.PROPOSE, Stage.PROPOSAL)
          .guard(Guard.requiring(SalesPipeline.GUARD_REASON, deal -> deal.amount() != null))
          .transition(Stage.PROPOSAL, Move.NEGOTIATE, Stage.NEGOTIATION)
          .transition(Stage.NEGOTIATION, Move.WIN, Stage.WON)
          .transition(new HashSet<>(SalesPipeline.OPEN_STAGES), Move.LOSE, Stage.LOST)
          .build();

  /** Fires {@code move} on a deal in {@code stage} and returns the new stage. */
  Stage move(Stage stage, Move move, Opportunity deal) {
    return machine.fire(stage, move, deal, AT, BY).state();
  }

  /** Takes a new deal through every stage to Won and returns the final stage. */
  Stage win(Opportunity deal) {
    Stage stage = machine.initial();
    for (int i = 0; i < SalesPipeline.WINNING_MOVES.size(); i++) {
      stage = move(stage, SalesPipeline.WINNING_MOVES.get(i), deal);
    }
    return stage;
  }
}
