package io.crmkit.benchmarks.statemachine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.benchmarks.statemachine.SalesPipeline.Move;
import io.crmkit.benchmarks.statemachine.SalesPipeline.Opportunity;
import io.crmkit.benchmarks.statemachine.SalesPipeline.Stage;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.statemachine.TransitionRefusedException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Both benchmarked machines must do the same work, or their figures compare nothing. */
class SalesPipelineTests {

  private static final Opportunity PRICED = new Opportunity("deal-1", new BigDecimal("10.00"));
  private static final Opportunity UNPRICED = new Opportunity("deal-2", null);

  private final CrmkitPipeline crmkit = new CrmkitPipeline();
  private final SpringPipeline spring = new SpringPipeline();

  @Test
  void bothTakeAPricedDealToWon() {
    assertThat(crmkit.win(PRICED)).isEqualTo(Stage.WON);
    assertThat(spring.win(PRICED)).isEqualTo(Stage.WON);
    assertThat(spring.win(PRICED)).as("after a restore").isEqualTo(Stage.WON);
  }

  @Test
  void bothRefuseTheProposalForADealWithoutAmount() {
    assertThatThrownBy(() -> crmkit.move(Stage.DEMO, Move.PROPOSE, UNPRICED))
        .isInstanceOf(TransitionRefusedException.class)
        .hasMessageEndingWith(SalesPipeline.GUARD_REASON);
    assertThat(spring.move(Stage.DEMO, Move.PROPOSE, UNPRICED)).isEqualTo(Stage.DEMO);
    assertThat(spring.move(Stage.DEMO, Move.PROPOSE, PRICED)).isEqualTo(Stage.PROPOSAL);
  }

  @Test
  void bothLoseADealFromAnyOpenStageOnly() {
    for (Stage open : SalesPipeline.OPEN_STAGES) {
      assertThat(crmkit.move(open, Move.LOSE, PRICED)).isEqualTo(Stage.LOST);
      assertThat(spring.move(open, Move.LOSE, PRICED)).isEqualTo(Stage.LOST);
    }
    assertThatThrownBy(() -> crmkit.move(Stage.WON, Move.LOSE, PRICED))
        .isInstanceOf(IllegalTransitionException.class);
    assertThat(spring.move(Stage.WON, Move.LOSE, PRICED)).isEqualTo(Stage.WON);
  }
}
