package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails.PageVisit;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.rules.LeadScoring;
import io.crmkit.scoring.rules.RuleContribution;
import io.crmkit.scoring.rules.Score;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringModelJson;
import java.net.URI;

/**
 * A lead scoring model kept as a JSON document: read it, score a contact, and print the score with
 * the rules that made it.
 *
 * @since 0.1
 */
public final class JsonScoringModel {

  static final String MODEL =
      """
      {
        "name": "inbound",
        "rules": [
          {"name": "vp", "kind": "jobTitleContains", "text": "VP", "points": 15},
          {"name": "pricing", "kind": "pageVisit", "urlContains": "/pricing",
           "points": 10, "cap": 30, "halfLife": "P30D"}
        ],
        "grading": {"fit": [15, 10, 5], "engagement": [30, 20, 10]},
        "thresholds": [{"points": 25, "stage": "MARKETING_QUALIFIED"}]
      }
      """;

  private JsonScoringModel() {}

  /** Scores one contact after two visits to the pricing page. */
  public static void main(String[] args) {
    Crm crm = Crm.inMemory();
    ScoringModel model = ScoringModelJson.read(MODEL);
    LeadScoring scoring = CrmAnalytics.on(crm).scoring(model);
    Contact ana =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .email("ana@example.com")
                    .jobTitle("VP Sales")
                    .build());
    for (int visit = 0; visit < 2; visit++) {
      Activity activity =
          crm.timeline()
              .log(
                  ActivityEntry.of(new PageVisit(URI.create("https://example.com/pricing")))
                      .about(ana.id()));
      scoring.activityLogged(activity);
    }
    Score score = scoring.find(ana.id()).orElseThrow();
    System.out.println(model.name() + ": " + score.total() + " points, grade " + score.grade());
    for (RuleContribution line : score.contributions()) {
      System.out.println("  " + line.rule() + " +" + line.points());
    }
    System.out.println(crm.contacts().get(ana.id()).lifecycleStage());
  }
}
