package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;

/**
 * How much one feature's value moved a prediction, in log-odds: positive pushes towards won,
 * negative towards lost. This is what a sales rep reads to understand a score.
 *
 * @param feature the feature's name, never null
 * @param value the value as the model read it (a category, an ordinal level, or a numeric bin such
 *     as {@code [30, 40)}), never null
 * @param logOdds the change in log-odds of winning, finite
 * @since 0.1
 */
public record Contribution(String feature, String value, double logOdds) {

  /** Creates a {@code Contribution}, checking its components as the type's comment describes. */
  public Contribution {
    requireNonNull(feature, "contribution feature");
    requireNonNull(value, "contribution value");
    checkArgument(
        Double.isFinite(logOdds),
        "contribution of %s must be finite: %s",
        Quoted.of(feature),
        logOdds);
  }
}
