package io.crmkit.core.statemachine;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

/** A small deal pipeline that the example tests share. */
final class SalesFixtures {

  enum Stage {
    NEW,
    QUALIFIED,
    PROPOSAL,
    WON,
    LOST
  }

  enum Move {
    QUALIFY,
    PROPOSE,
    WIN,
    LOSE,
    REOPEN
  }

  record Draft(String id, boolean hasAmount) {}

  record StageEntered(TenantId tenant, Instant occurredAt, String aggregateId, Stage stage)
      implements DomainEvent {}

  static final TenantId TENANT = TenantId.of("acme");
  static final UserId ANA = UserId.of("ana");
  static final Instant NOON = Instant.parse("2026-03-02T12:00:00Z");
  static final Draft WITH_AMOUNT = new Draft("deal-1", true);
  static final Draft WITHOUT_AMOUNT = new Draft("deal-2", false);

  private SalesFixtures() {}

  static StateMachine<Stage, Move, Draft> salesPipeline() {
    return StateMachine.<Stage, Move, Draft>builder("deal pipeline Sales")
        .initial(Stage.NEW)
        .states(Stage.values())
        .terminal(Stage.WON, Stage.LOST)
        .transition(Stage.NEW, Move.QUALIFY, Stage.QUALIFIED)
        .transition(Stage.QUALIFIED, Move.PROPOSE, Stage.PROPOSAL)
        .guard(Guard.requiring("an amount is required before the proposal", Draft::hasAmount))
        .action(
            (record, draft) ->
                List.of(new StageEntered(TENANT, record.at(), draft.id(), record.to())))
        .transition(Stage.PROPOSAL, Move.WIN, Stage.WON)
        .transition(EnumSet.of(Stage.NEW, Stage.QUALIFIED, Stage.PROPOSAL), Move.LOSE, Stage.LOST)
        .reopen(Stage.WON, Move.REOPEN, Stage.PROPOSAL)
        .reopen(Stage.LOST, Move.REOPEN, Stage.QUALIFIED)
        .build();
  }
}
