package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A model's estimate that an open lead or deal will be won, with the reasons: the log-odds baseline
 * (the prior or intercept) plus one contribution per feature, largest effect first.
 *
 * <p>The baseline plus the contributions is the log-odds of {@link #probability()}.
 *
 * @param probability the probability of winning, in [0, 1] (strictly inside unless the log-odds
 *     exceed what a double can tell apart from certainty)
 * @param baseline the log-odds before any feature is considered, finite
 * @param contributions the contribution of each feature that gave evidence, sorted by decreasing
 *     absolute log-odds, ties by feature name; never null
 * @since 0.1
 */
public record Prediction(double probability, double baseline, List<Contribution> contributions) {

  private static final Comparator<Contribution> LARGEST_EFFECT_FIRST =
      Comparator.comparingDouble((Contribution c) -> -Math.abs(c.logOdds()))
          .thenComparing(Contribution::feature);

  /** Creates a {@code Prediction}, checking its components as the type's comment describes. */
  public Prediction {
    checkArgument(
        probability >= 0 && probability <= 1, "probability must be in [0, 1]: %s", probability);
    checkArgument(Double.isFinite(baseline), "baseline log-odds must be finite: %s", baseline);
    requireNonNull(contributions, "contributions");
    contributions = List.copyOf(contributions);
  }

  /** Returns the prediction whose log-odds are {@code baseline} plus the {@code contributions}. */
  static Prediction fromLogOdds(double baseline, List<Contribution> contributions) {
    List<Contribution> sorted = new ArrayList<>(contributions);
    sorted.sort(LARGEST_EFFECT_FIRST);
    double logOdds = baseline;
    for (Contribution contribution : contributions) {
      logOdds += contribution.logOdds();
    }
    return new Prediction(LogOdds.toProbability(logOdds), baseline, sorted);
  }

  /** Returns the log-odds of winning: the baseline plus every contribution. */
  public double logOdds() {
    double logOdds = baseline;
    for (Contribution contribution : contributions) {
      logOdds += contribution.logOdds();
    }
    return logOdds;
  }
}
