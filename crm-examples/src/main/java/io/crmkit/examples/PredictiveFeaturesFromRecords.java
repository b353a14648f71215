package io.crmkit.examples;

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
import io.crmkit.core.reason.Reason;
import io.crmkit.core.reason.ReasonCatalogue;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.CallOutcome;
import io.crmkit.core.timeline.Direction;
import io.crmkit.scoring.predictive.Contribution;
import io.crmkit.scoring.predictive.DealWinPredictor;
import io.crmkit.scoring.predictive.DeclaredFeature;
import io.crmkit.scoring.predictive.Feature;
import io.crmkit.scoring.predictive.FeatureDocument;
import io.crmkit.scoring.predictive.LogisticRegressionTrainer;
import io.crmkit.scoring.predictive.Prediction;
import io.crmkit.scoring.predictive.RecordFacts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Predictive features declared in JSON over the tenant's own deals: infer a draft from the data,
 * edit it into a document, train a win predictor on it and explain two predictions.
 *
 * @since 0.1
 */
public final class PredictiveFeaturesFromRecords {

  static final String FEATURES =
      """
      {
        "format": "crmkit.feature-document",
        "version": 1,
        "features": [
          { "name": "tier", "from": "deal.custom.tier", "kind": "ordinal",
            "levels": ["bronze", "silver", "gold"], "missing": null },
          { "name": "calls", "from": "activities.call", "kind": "numeric", "bins": 4, "missing": 0 }
        ]
      }
      """;

  private static final List<String> TIERS = List.of("bronze", "silver", "gold");
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private PredictiveFeaturesFromRecords() {}

  /** Closes 120 deals, infers and declares their features, and predicts two open deals. */
  public static void main(String[] args) {
    Crm crm = Crm.builder().clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    crm.customFields().define(CustomFieldDefinition.text(RecordType.DEAL, "tier", "Tier"));
    crm.reasons().define(ReasonCatalogue.LOST_DEAL, Reason.of("price", "Too expensive"));
    Pipeline sales = crm.pipelines().builder("New business").stage("Qualification", 20).create();
    List<Deal> closed = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      int tier = i % 3;
      int calls = (i / 3) % 4;
      Deal deal = open(crm, sales, TIERS.get(tier), calls);
      // more tier and more calls win more often; every fifth deal goes the other way
      boolean won = (tier + calls >= 3) != (i % 5 == 0);
      closed.add(won ? crm.deals().win(deal) : crm.deals().lose(deal, "price"));
    }

    RecordFacts facts = RecordFacts.of(crm);
    FeatureDocument draft = FeatureDocument.infer(closed.stream().map(facts::deal).toList());
    System.out.println("inferred from " + closed.size() + " deals:");
    for (DeclaredFeature feature : draft.features()) {
      System.out.println(
          "  " + feature.from() + " " + kind(feature) + ", missing " + feature.missing());
    }

    FeatureDocument document = FeatureDocument.read(FEATURES);
    DealWinPredictor predictor =
        DealWinPredictor.train(crm, sales.id(), document, LogisticRegressionTrainer::of);
    print("gold, 3 calls", predictor.predict(open(crm, sales, "gold", 3)));
    print("bronze, no call", predictor.predict(open(crm, sales, "bronze", 0)));
  }

  private static String kind(DeclaredFeature feature) {
    return feature.feature() instanceof Feature.Numeric numeric
        ? "numeric in " + numeric.bins() + " bins"
        : "categorical";
  }

  private static void print(String deal, Prediction prediction) {
    System.out.printf("%s: %.3f%n", deal, prediction.probability());
    for (Contribution contribution : prediction.contributions()) {
      System.out.printf(
          "  %s = %s: %+.2f%n",
          contribution.feature(), contribution.value(), contribution.logOdds());
    }
  }

  /** Opens a deal of {@code tier} whose contact had {@code calls} calls in the days before. */
  private static Deal open(Crm crm, Pipeline sales, String tier, int calls) {
    Contact contact = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    for (int call = 1; call <= calls; call++) {
      crm.timeline()
          .log(
              ActivityEntry.of(
                      new ActivityDetails.Call(
                          Direction.OUTBOUND, CallOutcome.CONNECTED, Duration.ofMinutes(10)))
                  .about(contact.id())
                  .at(NOW.minus(Duration.ofDays(call))));
    }
    return crm.deals()
        .open(
            sales.id(),
            DealDetails.builder()
                .name("Deal")
                .amount("1000.00", "EUR")
                .contact(contact.id(), DealRole.DECISION_MAKER)
                .customField("tier", CustomFieldValue.Text.of(tier))
                .build());
  }
}
