package io.crmkit.scoring.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import java.time.Instant;
import java.util.List;

/**
 * A lead's score at one instant under one model: its fit and engagement scores, its grade and the
 * contribution of every rule that fired, with the evidence for each; the lead's counterpart of a
 * contact's {@link Score}. Its total, bounded to 0 to {@link Lead#MAX_SCORE}, is the score the lead
 * itself carries ({@link #leadScore()}).
 *
 * @param lead the lead scored
 * @param model the name of the model that scored it
 * @param scoredAt the instant at which decay was computed
 * @param fit the sum of the fit rules' contributions
 * @param engagement the sum of the engagement rules' contributions
 * @param grade the grade of the two
 * @param contributions the rules that fired, in the model's order
 * @since 0.1
 */
public record LeadScore(
    LeadId lead,
    String model,
    Instant scoredAt,
    Points fit,
    Points engagement,
    Grade grade,
    List<RuleContribution> contributions) {

  public LeadScore {
    requireNonNull(lead, "lead");
    requireNonNull(model, "model");
    requireNonNull(scoredAt, "scoredAt");
    requireNonNull(fit, "fit");
    requireNonNull(engagement, "engagement");
    requireNonNull(grade, "grade");
    contributions =
        contributions instanceof Explanation ? contributions : List.copyOf(contributions);
  }

  /** Returns the total score: fit plus engagement. */
  public Points total() {
    return fit.plus(engagement);
  }

  /**
   * Returns the score the lead carries: the whole points of the total, rounded down, bounded to 0
   * to {@link Lead#MAX_SCORE}.
   */
  public int leadScore() {
    long whole = Math.floorDiv(total().hundredths(), 100L);
    return (int) Math.max(0, Math.min(Lead.MAX_SCORE, whole));
  }
}
