package io.crmkit.scoring.rules;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.ContactId;
import java.time.Instant;
import java.util.List;

/**
 * A contact's lead score at one instant under one model: its fit and engagement scores, its grade
 * and the contribution of every rule that fired, with the evidence for each.
 *
 * @param contact the contact scored
 * @param model the name of the model that scored it
 * @param scoredAt the instant at which decay was computed
 * @param fit the sum of the fit rules' contributions
 * @param engagement the sum of the engagement rules' contributions
 * @param grade the grade of the two
 * @param contributions the rules that fired, in the model's order
 * @since 0.1
 */
public record Score(
    ContactId contact,
    String model,
    Instant scoredAt,
    Points fit,
    Points engagement,
    Grade grade,
    List<RuleContribution> contributions) {

  /** Creates a {@code Score}, checking its components as the type's comment describes. */
  public Score {
    requireNonNull(contact, "contact");
    requireNonNull(model, "model");
    requireNonNull(scoredAt, "scoredAt");
    requireNonNull(fit, "fit");
    requireNonNull(engagement, "engagement");
    requireNonNull(grade, "grade");
    // an engine's compact explanation is immutable already; any other list is copied
    contributions =
        contributions instanceof Explanation ? contributions : List.copyOf(contributions);
  }

  /** Returns the total score: fit plus engagement. */
  public Points total() {
    return fit.plus(engagement);
  }
}
