package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.rules.LeadScore;
import io.crmkit.scoring.rules.LeadScoring;
import io.crmkit.scoring.rules.ScoringModel;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Scores a lead with the team's rule model before it is converted: its job title, country, source
 * and campaign, and the activities regarding it. The score with its explanation is kept in the
 * CRM's storage, and the lead carries its total from 0 to {@link Lead#MAX_SCORE}.
 */
final class ProspectScoring {

  private final ScoringModel model;

  /** The scoring of each rep's desk, compiled once per desk rather than once per lead. */
  private final Map<Crm, LeadScoring> byDesk = new IdentityHashMap<>();

  ProspectScoring(ScoringModel model) {
    this.model = requireNonNull(model, "model");
  }

  /**
   * Scores lead {@code id} on {@code desk}, fills its score and returns the lead as scored.
   *
   * @return the lead's score from 0 to {@link Lead#MAX_SCORE}
   */
  int score(Crm desk, LeadId id) {
    LeadScore score =
        byDesk.computeIfAbsent(desk, any -> CrmAnalytics.on(desk).scoring(model)).rescore(id);
    return score.leadScore();
  }
}
