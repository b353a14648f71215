package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.Crm;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DealWinPredictorTests {

  private final TestClock clock = TestClock.atStart();
  private final Crm crm = Crm.builder().clock(clock).build();
  private final Pipeline sales =
      crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.FLEXIBLE);

  @Test
  void learnsFromTheTenantsClosedDealsAndExplainsEachPrediction() {
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Price too high"));
    Random random = new Random(3);
    for (int i = 0; i < 300; i++) {
      boolean referral = i % 2 == 0;
      boolean reachedNegotiation = random.nextInt(3) == 0;
      Deal deal = open(referral ? "referral" : "cold call");
      if (reachedNegotiation) {
        deal = crm.deals().moveTo(deal.id(), deal.version(), PipelineFixtures.NEGOTIATION);
      }
      double winChance = (referral ? 0.6 : 0.15) + (reachedNegotiation ? 0.3 : 0);
      clock.advance(Duration.ofHours(1));
      if (random.nextDouble() < winChance) {
        crm.deals().win(deal.id(), deal.version());
      } else {
        crm.deals().lose(deal.id(), deal.version(), "price");
      }
    }
    Deal referral = open("referral");
    Deal cold = open("cold call");

    for (DealWinPredictor predictor :
        new DealWinPredictor[] {
          DealWinPredictor.train(crm, sales.id(), LogisticRegressionTrainer::of),
          DealWinPredictor.train(crm, sales.id(), NaiveBayesTrainer::of)
        }) {
      Prediction likely = predictor.predict(referral);
      Prediction unlikely = predictor.predict(cold);

      assertThat(predictor.historySize()).isEqualTo(300);
      assertThat(likely.probability()).isGreaterThan(unlikely.probability());
      assertThat(likely.contributions())
          .anySatisfy(c -> assertThat(c.feature()).isEqualTo(DealOutcomes.SOURCE));
      double logOdds =
          likely.baseline()
              + likely.contributions().stream().mapToDouble(Contribution::logOdds).sum();
      assertThat(logOdds).isCloseTo(likely.logOdds(), within(1e-9));
    }
    DealWinPredictor byDefault = DealWinPredictor.train(crm, sales.id());
    assertThat(byDefault.model()).isInstanceOf(LogisticRegressionModel.class);
    assertThat(byDefault.predict(referral))
        .isEqualTo(
            DealWinPredictor.train(crm, sales.id(), LogisticRegressionTrainer::of)
                .predict(referral));
  }

  @Test
  void needsBothWonAndLostDeals() {
    Deal deal = open("referral");
    crm.deals().win(deal.id(), deal.version());

    assertThatThrownBy(() -> DealWinPredictor.train(crm, sales.id(), LogisticRegressionTrainer::of))
        .isInstanceOf(InsufficientHistoryException.class);
  }

  @Test
  void countsTheFurthestOpenStageADealReached() {
    Deal deal = open("referral");
    deal = crm.deals().moveTo(deal.id(), deal.version(), PipelineFixtures.NEGOTIATION);
    deal = crm.deals().moveTo(deal.id(), deal.version(), PipelineFixtures.QUALIFIED);

    assertThat(DealOutcomes.of(sales).features(deal).get(DealOutcomes.STAGE))
        .isEqualTo(FeatureValue.of("Negotiation"));
  }

  private Deal open(String source) {
    return crm.deals()
        .open(
            sales.id(),
            DealDetails.builder().name("Deal").source(source).amount("1000.00", "EUR").build());
  }
}
