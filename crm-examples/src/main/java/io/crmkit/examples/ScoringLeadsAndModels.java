package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.lead.Attribution;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadSource;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.predictive.Feature;
import io.crmkit.scoring.predictive.FeatureSchema;
import io.crmkit.scoring.predictive.FeatureValue;
import io.crmkit.scoring.predictive.NaiveBayesTrainer;
import io.crmkit.scoring.predictive.Observation;
import io.crmkit.scoring.predictive.Outcome;
import io.crmkit.scoring.predictive.Prediction;
import io.crmkit.scoring.predictive.PredictiveModel;
import io.crmkit.scoring.rules.Evidence;
import io.crmkit.scoring.rules.LeadScore;
import io.crmkit.scoring.rules.LeadScoring;
import io.crmkit.scoring.rules.RuleContribution;
import io.crmkit.scoring.rules.RuleFamily;
import io.crmkit.scoring.rules.ScoringModelJson;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lead scoring of a lead, and a predictive model saved and restored: score a referred lead from its
 * details, source, campaign and a page visit regarding it, print the score the lead now carries
 * with the rules that made it; then train a model, save it as a JSON document, restore it and check
 * that it predicts exactly as before.
 *
 * @since 0.1
 */
public final class ScoringLeadsAndModels {

  static final String MODEL =
      """
      {
        "name": "inbound",
        "rules": [
          {"name": "vp", "kind": "jobTitleContains", "text": "VP", "points": 15},
          {"name": "referred", "kind": "leadSource", "sources": ["REFERRAL"], "points": 20},
          {"name": "spring campaign", "kind": "campaign", "campaign": "spring", "points": 10},
          {"name": "pricing", "kind": "pageVisit", "urlContains": "/pricing",
           "points": 10, "cap": 30, "halfLife": "P30D"}
        ]
      }
      """;

  private ScoringLeadsAndModels() {}

  /** Scores one lead, then saves and restores a predictive model. */
  public static void main(String[] args) {
    Crm crm = Crm.inMemory();
    LeadScoring scoring = CrmAnalytics.on(crm).scoring(ScoringModelJson.read(MODEL));
    Lead bo =
        crm.leads()
            .capture(
                LeadDetails.builder().name("Bo", "Berg").jobTitle("VP Operations").build(),
                new Attribution(LeadSource.REFERRAL, "spring", null, null, null, null, null));
    crm.timeline()
        .log(
            ActivityEntry.of(new PageVisit(URI.create("https://example.com/pricing")))
                .regarding(RecordRef.of(RecordType.LEAD, bo.id().value())));

    LeadScore score = scoring.rescore(bo.id());

    System.out.println("lead score " + crm.leads().get(bo.id()).score().orElseThrow());
    for (RuleContribution line : score.contributions()) {
      String why =
          line.family() == RuleFamily.FIT
              ? ((Evidence.FieldValue) line.evidence().get(0)).field()
              : line.evidence().size() + " activity";
      System.out.println("  " + line.rule() + " +" + line.points() + " (" + why + ")");
    }

    FeatureSchema schema = FeatureSchema.of(Feature.categorical("source"));
    PredictiveModel model = NaiveBayesTrainer.of(schema).withMinimumSupport(1).train(history());
    String saved = model.toJson();
    PredictiveModel restored = PredictiveModel.fromJson(saved);
    Map<String, FeatureValue> referral = Map.of("source", FeatureValue.of("referral"));
    Prediction before = model.predict(referral);
    Prediction after = restored.predict(referral);
    System.out.printf(
        "win probability %.3f, restored %.3f%n", before.probability(), after.probability());
    System.out.println("identical: " + before.equals(after));
  }

  /** Ten closed leads: referrals won more often than web forms. */
  private static List<Observation> history() {
    List<Observation> history = new ArrayList<>();
    Instant closed = Instant.parse("2026-01-15T10:00:00Z");
    for (int i = 0; i < 10; i++) {
      String source = i % 2 == 0 ? "referral" : "web";
      boolean won = source.equals("referral") ? i != 4 : i == 3;
      history.add(
          Observation.of(
              Map.of("source", FeatureValue.of(source)),
              won ? Outcome.WON : Outcome.LOST,
              closed.plusSeconds(i)));
    }
    return history;
  }
}
