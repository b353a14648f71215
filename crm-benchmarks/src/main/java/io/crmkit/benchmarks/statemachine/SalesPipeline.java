package io.crmkit.benchmarks.statemachine;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The sales pipeline both benchmarked machines implement: six stages from New to Won, Lost from any
 * open stage, and one guard (a deal enters Proposal only with an amount).
 */
final class SalesPipeline {

  enum Stage {
    NEW,
    QUALIFIED,
    DEMO,
    PROPOSAL,
    NEGOTIATION,
    WON,
    LOST
  }

  enum Move {
    QUALIFY,
    SCHEDULE_DEMO,
    PROPOSE,
    NEGOTIATE,
    WIN,
    LOSE
  }

  /** What the guard inspects: the deal being moved. */
  record Opportunity(String id, @Nullable BigDecimal amount) {}

  static final List<Stage> OPEN_STAGES =
      List.of(Stage.NEW, Stage.QUALIFIED, Stage.DEMO, Stage.PROPOSAL, Stage.NEGOTIATION);

  /** The moves that take a new deal to Won, one per stage. */
  static final List<Move> WINNING_MOVES =
      List.of(Move.QUALIFY, Move.SCHEDULE_DEMO, Move.PROPOSE, Move.NEGOTIATE, Move.WIN);

  static final String GUARD_REASON = "a deal needs an amount before the proposal";

  private SalesPipeline() {}
}
