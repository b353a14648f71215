package io.crmkit.core.deal;

import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.crmkit.core.Crm;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.reason.UnknownReasonException;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.TransitionRefusedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Deals moved, lost and reopened through {@link Crm}, on a test clock. */
class DealTests {

  private final TestClock clock = TestClock.atStart();

  private final Crm crm =
      Crm.builder()
          .storage(InMemoryCrmStorage.create())
          .tenant(TENANT)
          .actor(OWNER)
          .clock(clock)
          .build();

  private Pipeline sales(PipelinePolicy policy) {
    return crm.pipelines().create("Sales", PipelineFixtures.salesStages(), policy);
  }

  @Test
  void refusesAMoveThePipelinePolicyForbidsNamingTheStagesAndChangesNothing() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);
    Deal deal = crm.deals().open(pipeline.id(), DealDetails.builder().name("Acme").build());

    assertThatThrownBy(
            () -> crm.deals().moveTo(deal.id(), deal.version(), PipelineFixtures.NEGOTIATION))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessage(
            "deal pipeline 'Sales': event 'move to Negotiation' is not allowed in state 'New'"
                + " (allowed: 'move to Qualified', 'win', 'lose')");
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);
  }

  @Test
  void refusesAMoveIntoAStageWhoseRequiredFieldsAreMissingAndChangesNothing() {
    Pipeline pipeline = sales(PipelinePolicy.FLEXIBLE);
    Deal deal = crm.deals().open(pipeline.id(), DealDetails.builder().name("Acme").build());

    assertThatThrownBy(
            () -> crm.deals().moveTo(deal.id(), deal.version(), PipelineFixtures.PROPOSAL))
        .isInstanceOf(TransitionRefusedException.class)
        .hasMessage(
            "deal pipeline 'Sales': transition from 'New' to 'Proposal' on 'move to Proposal'"
                + " refused: amount, expected close date are required to enter 'Proposal'");
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);
  }

  @Test
  void losesWithACatalogueReasonOnlyAndReopensIntoAChosenStage() {
    Pipeline pipeline = sales(PipelinePolicy.STRICT);
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Price too high"));
    Deal deal = crm.deals().open(pipeline.id(), DealDetails.builder().name("Acme").build());

    assertThatThrownBy(() -> crm.deals().lose(deal.id(), deal.version(), "weather"))
        .isInstanceOf(UnknownReasonException.class)
        .hasMessage("no reason 'weather' in catalogue LOST_DEAL (known: price)");
    assertThat(crm.deals().get(deal.id())).isEqualTo(deal);

    clock.advance(Duration.ofDays(2));
    Deal lost = crm.deals().lose(deal.id(), deal.version(), "price");
    clock.advance(Duration.ofDays(1));
    Deal reopened = crm.deals().reopen(lost.id(), lost.version(), PipelineFixtures.QUALIFIED);

    assertThat(lost.probability()).isZero();
    assertThat(lost.lostReason()).contains("price");
    assertThat(reopened.stageId()).isEqualTo(PipelineFixtures.QUALIFIED);
    assertThat(reopened.history())
        .extracting(StageChange::kind, StageChange::timeInPrevious)
        .containsExactly(
            tuple(StageChange.Kind.OPENED, Duration.ZERO),
            tuple(StageChange.Kind.LOST, Duration.ofDays(2)),
            tuple(StageChange.Kind.REOPENED, Duration.ofDays(1)));
  }
}
