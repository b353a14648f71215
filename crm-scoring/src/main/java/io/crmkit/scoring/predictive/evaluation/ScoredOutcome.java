package io.crmkit.scoring.predictive.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.predictive.Outcome;

/**
 * One held-out lead or deal as evaluation sees it: the probability of winning a model gave it, and
 * how it was actually closed.
 *
 * @param probability the predicted probability of winning, in [0, 1]
 * @param outcome the actual outcome, never null
 * @since 0.1
 */
public record ScoredOutcome(double probability, Outcome outcome) {

  /** Creates a {@code ScoredOutcome}, checking its components as the type's comment describes. */
  public ScoredOutcome {
    checkArgument(
        probability >= 0 && probability <= 1, "probability must be in [0, 1]: %s", probability);
    requireNonNull(outcome, "outcome");
  }

  /** Returns the scored outcome of {@code outcome} predicted with {@code probability}. */
  public static ScoredOutcome of(double probability, Outcome outcome) {
    return new ScoredOutcome(probability, outcome);
  }

  boolean won() {
    return outcome == Outcome.WON;
  }
}
