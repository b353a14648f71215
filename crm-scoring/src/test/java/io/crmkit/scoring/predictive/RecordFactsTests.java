package io.crmkit.scoring.predictive;

import static io.crmkit.scoring.predictive.ObservationFixtures.features;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordType;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealRole;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelinePolicy;
import io.crmkit.core.fixtures.PipelineFixtures;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.CallOutcome;
import io.crmkit.core.timeline.Direction;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecordFactsTests {

  private final TestClock clock = TestClock.atStart();
  private final Crm crm = Crm.builder().clock(clock).build();
  private final Pipeline sales =
      crm.pipelines().create("Sales", PipelineFixtures.salesStages(), PipelinePolicy.FLEXIBLE);

  RecordFactsTests() {
    crm.customFields().define(CustomFieldDefinition.text(RecordType.DEAL, "tier", "Tier"));
    crm.customFields().define(CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats"));
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Price too high"));
  }

  @Test
  void readsTheDealItsFirstContactAndTheEngagementBeforeTheClose() {
    Contact ana = contact(40);
    Deal deal = open(ana, "gold");
    call(ana);
    call(ana);
    log(ana, new ActivityDetails.CampaignEngagement("Spring sale", "opened"));
    clock.advance(Duration.ofMinutes(1));
    deal = crm.deals().win(deal.id(), deal.version());
    clock.advance(Duration.ofMinutes(1));
    call(ana);

    Map<String, FeatureValue> facts = RecordFacts.of(crm).deal(deal);

    assertThat(facts)
        .containsAllEntriesOf(
            features(
                "deal.amount", 1000,
                "deal.contacts", 1,
                "deal.source", "referral",
                "deal.custom.tier", "gold",
                "contact.custom.seats", 40,
                "contact.tags", 0,
                "activities.call", 2,
                "activities.campaign_engagement", 1,
                "campaign.opened", 1))
        .containsKeys("deal.owner", "contact.owner", "contact.lifecycleStage")
        .doesNotContainKey("contact.jobTitle");
  }

  @Test
  void trainsOnTheFeaturesADocumentDeclares() {
    Random random = new Random(5);
    for (int i = 0; i < 200; i++) {
      Contact contact = contact(random.nextInt(100));
      boolean gold = i % 2 == 0;
      Deal deal = open(contact, gold ? "gold" : "bronze");
      int calls = random.nextInt(4);
      for (int c = 0; c < calls; c++) {
        call(contact);
      }
      clock.advance(Duration.ofMinutes(1));
      if (random.nextDouble() < (gold ? 0.5 : 0.1) + 0.1 * calls) {
        crm.deals().win(deal.id(), deal.version());
      } else {
        crm.deals().lose(deal.id(), deal.version(), "price");
      }
    }
    FeatureDocument document =
        FeatureDocument.read(
            """
            { "format": "crmkit.feature-document", "version": 1, "features": [
              { "name": "tier", "from": "deal.custom.tier", "kind": "categorical", "missing": null },
              { "name": "calls", "from": "activities.call", "kind": "numeric", "bins": 4,
                "missing": 0 } ] }
            """);
    Deal gold = open(contact(10), "gold");
    Deal bronze = open(contact(10), "bronze");

    DealWinPredictor predictor =
        DealWinPredictor.train(crm, sales.id(), document, LogisticRegressionTrainer::of);

    assertThat(predictor.historySize()).isEqualTo(200);
    Prediction likely = predictor.predict(gold);
    assertThat(likely.probability()).isGreaterThan(predictor.predict(bronze).probability());
    assertThat(likely.contributions())
        .extracting(Contribution::feature)
        .containsExactlyInAnyOrder("tier", "calls");
    assertThat(likely.logOdds())
        .isCloseTo(Math.log(likely.probability() / (1 - likely.probability())), within(1e-9));
  }

  private Contact contact(int seats) {
    return crm.contacts()
        .create(
            ContactDetails.builder()
                .name("Ana", "Lima")
                .customField("seats", CustomFieldValue.Number.of(seats))
                .build());
  }

  private Deal open(Contact contact, String tier) {
    return crm.deals()
        .open(
            sales.id(),
            DealDetails.builder()
                .name("Deal")
                .source("referral")
                .amount("1000.00", "EUR")
                .contact(contact.id(), DealRole.DECISION_MAKER)
                .customField("tier", CustomFieldValue.Text.of(tier))
                .build());
  }

  private void call(Contact contact) {
    log(
        contact,
        new ActivityDetails.Call(Direction.OUTBOUND, CallOutcome.CONNECTED, Duration.ofMinutes(5)));
  }

  private void log(Contact contact, ActivityDetails details) {
    clock.advance(Duration.ofSeconds(1));
    crm.timeline().log(ActivityEntry.of(details).about(contact.id()));
  }
}
