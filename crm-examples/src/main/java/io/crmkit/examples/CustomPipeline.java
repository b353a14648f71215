package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealField;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.statemachine.TransitionRefusedException;
import java.time.LocalDate;

/**
 * A pipeline of your own: stages with win probabilities, fields a deal must have before it enters a
 * stage, and what happens when it lacks them.
 *
 * @since 0.1
 */
public final class CustomPipeline {

  private CustomPipeline() {}

  /** Defines a pipeline, moves a deal through it, and shows a move refused for a missing field. */
  public static void main(String[] args) {
    Crm crm = Crm.inMemory();
    Pipeline renewals =
        crm.pipelines()
            .builder("Renewals")
            .stage("Demo", 30)
            .stage("Proposal", 60)
            .requiring(DealField.AMOUNT, DealField.EXPECTED_CLOSE_DATE)
            .won("Renewed")
            .lost("Churned")
            .policy(PipelinePolicy.STRICT)
            .create();
    StageId proposal = renewals.stageNamed("Proposal").orElseThrow().id();
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("budget", "No budget left"));

    Deal deal = crm.deals().open(renewals.id(), DealDetails.builder().name("Acme renewal").build());
    System.out.println(deal.stage().name() + " at " + deal.probability() + "%");
    try {
      crm.deals().moveTo(deal, proposal);
    } catch (TransitionRefusedException refused) {
      System.out.println("refused: " + refused.getMessage());
    }
    deal =
        crm.deals()
            .update(
                deal,
                deal.details().toBuilder()
                    .amount("12000", "EUR")
                    .expectedCloseDate(LocalDate.of(2026, 6, 30))
                    .build());
    deal = crm.deals().moveTo(deal, proposal);
    System.out.println(deal.stage().name() + " at " + deal.probability() + "%");
    deal = crm.deals().win(deal);
    System.out.println(deal.stage().name() + " after " + deal.history().size() + " stages");
  }
}
