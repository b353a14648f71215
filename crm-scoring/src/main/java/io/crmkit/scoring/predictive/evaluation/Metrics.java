package io.crmkit.scoring.predictive.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;

/**
 * Measures of how well predicted probabilities of winning match what happened: AUC-ROC and lift for
 * ranking, log loss and Brier score for the probabilities themselves.
 *
 * @since 0.1
 */
public final class Metrics {

  /** Log loss clamps probabilities this far from 0 and 1, so one confident miss stays finite. */
  public static final double LOG_LOSS_EPSILON = 1e-15;

  private Metrics() {}

  /**
   * Returns the area under the ROC curve: the probability that a random won outcome is scored above
   * a random lost one, ties counting one half (the Mann-Whitney U statistic over won times lost).
   *
   * @param scored at least one won and one lost outcome
   */
  public static double auc(List<ScoredOutcome> scored) {
    long won = countWon(scored);
    long lost = scored.size() - won;
    checkArgument(
        won > 0 && lost > 0,
        "AUC needs at least one won and one lost outcome: got %s won and %s lost",
        won,
        lost);
    List<ScoredOutcome> ascending =
        scored.stream().sorted(Comparator.comparingDouble(ScoredOutcome::probability)).toList();
    // sum of the won outcomes' ranks (1-based), tied scores sharing their average rank
    double wonRankSum = 0;
    int start = 0;
    while (start < ascending.size()) {
      int end = start;
      long tiedWon = 0;
      while (end < ascending.size()
          && ascending.get(end).probability() == ascending.get(start).probability()) {
        tiedWon += ascending.get(end).won() ? 1 : 0;
        end++;
      }
      double averageRank = (start + 1 + end) / 2.0;
      wonRankSum += tiedWon * averageRank;
      start = end;
    }
    double u = wonRankSum - won * (won + 1) / 2.0;
    return u / ((double) won * lost);
  }

  /**
   * Returns the mean negative log-likelihood of the outcomes (natural log), with probabilities
   * clamped to [{@value #LOG_LOSS_EPSILON}, 1 - {@value #LOG_LOSS_EPSILON}].
   *
   * @param scored at least one outcome
   */
  public static double logLoss(List<ScoredOutcome> scored) {
    checkNotEmpty(scored, "log loss");
    double sum = 0;
    for (ScoredOutcome outcome : scored) {
      double p = Math.min(Math.max(outcome.probability(), LOG_LOSS_EPSILON), 1 - LOG_LOSS_EPSILON);
      sum -= outcome.won() ? Math.log(p) : Math.log1p(-p);
    }
    return sum / scored.size();
  }

  /**
   * Returns the Brier score: the mean squared difference between the predicted probability and the
   * outcome (1 for won, 0 for lost).
   *
   * @param scored at least one outcome
   */
  public static double brierScore(List<ScoredOutcome> scored) {
    checkNotEmpty(scored, "Brier score");
    double sum = 0;
    for (ScoredOutcome outcome : scored) {
      double error = outcome.probability() - (outcome.won() ? 1 : 0);
      sum += error * error;
    }
    return sum / scored.size();
  }

  /**
   * Returns the lift of the top {@code fraction}: the win rate among the highest-scored leads
   * divided by the overall win rate. The top holds ceil(fraction × size) outcomes; among equal
   * scores, earlier outcomes in the list rank higher.
   *
   * @param scored at least one won outcome
   * @param fraction in (0, 1]
   */
  public static double lift(List<ScoredOutcome> scored, double fraction) {
    checkArgument(fraction > 0 && fraction <= 1, "lift fraction must be in (0, 1]: %s", fraction);
    long won = countWon(scored);
    checkArgument(won > 0, "lift needs at least one won outcome among %s", scored.size());
    int top = (int) Math.ceil(fraction * scored.size());
    long topWon =
        scored.stream()
            .sorted(Comparator.comparingDouble(ScoredOutcome::probability).reversed())
            .limit(top)
            .filter(ScoredOutcome::won)
            .count();
    return ((double) topWon / top) / ((double) won / scored.size());
  }

  /** Returns the lift of the top 10% of scores; see {@link #lift(List, double)}. */
  public static double topDecileLift(List<ScoredOutcome> scored) {
    return lift(scored, 0.1);
  }

  private static long countWon(List<ScoredOutcome> scored) {
    requireNonNull(scored, "scored outcomes");
    return scored.stream().filter(ScoredOutcome::won).count();
  }

  private static void checkNotEmpty(List<ScoredOutcome> scored, String metric) {
    requireNonNull(scored, "scored outcomes");
    checkArgument(!scored.isEmpty(), "%s needs at least one scored outcome", metric);
  }
}
