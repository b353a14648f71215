package io.crmkit.scoring.predictive.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of a cross-validation: one evaluation per fold, and their mean and spread.
 *
 * @param folds the evaluation of each fold, at least two, in fold order
 * @since 0.1
 */
public record CrossValidationResult(List<Evaluation> folds) {

  /**
   * Creates a {@code CrossValidationResult}, checking its components as the type's comment
   * describes.
   */
  public CrossValidationResult {
    requireNonNull(folds, "fold evaluations");
    checkArgument(folds.size() >= 2, "cross-validation has at least 2 folds: %s", folds.size());
    folds = List.copyOf(folds);
  }

  /** Returns the mean AUC over the folds. */
  public double meanAuc() {
    return mean(Evaluation::auc);
  }

  /** Returns the sample standard deviation of the AUC over the folds. */
  public double aucStandardDeviation() {
    return standardDeviation(Evaluation::auc);
  }

  /** Returns the mean of {@code metric} over the folds, such as {@code Evaluation::logLoss}. */
  public double mean(ToDoubleFunction<Evaluation> metric) {
    return folds.stream().mapToDouble(metric).average().orElseThrow();
  }

  /** Returns the sample standard deviation (n - 1) of {@code metric} over the folds. */
  public double standardDeviation(ToDoubleFunction<Evaluation> metric) {
    double mean = mean(metric);
    double squares = 0;
    for (Evaluation fold : folds) {
      double deviation = metric.applyAsDouble(fold) - mean;
      squares += deviation * deviation;
    }
    return Math.sqrt(squares / (folds.size() - 1));
  }
}
