package io.crmkit.scoring.predictive.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.predictive.Observation;
import io.crmkit.scoring.predictive.PredictiveModel;
import java.util.List;

/**
 * The measured quality of a model on a set of held-out leads or deals: ranking (AUC, top-decile
 * lift), probabilities (log loss, Brier score) and calibration by decile.
 *
 * @param count how many outcomes were scored
 * @param won how many of them were won
 * @param auc the area under the ROC curve, in [0, 1]
 * @param logLoss the mean negative log-likelihood
 * @param brierScore the mean squared error of the probabilities
 * @param topDecileLift the win rate of the top 10% of scores over the overall win rate
 * @param calibration the calibration table by decile, never null
 * @since 0.1
 */
public record Evaluation(
    int count,
    long won,
    double auc,
    double logLoss,
    double brierScore,
    double topDecileLift,
    CalibrationTable calibration) {

  /** Creates an {@code Evaluation}, checking its components as the type's comment describes. */
  public Evaluation {
    checkArgument(count >= 2, "an evaluation needs at least two outcomes: %s", count);
    checkArgument(won >= 1 && won < count, "an evaluation needs won and lost outcomes: %s", won);
    requireNonNull(calibration, "calibration");
  }

  /** Returns the evaluation of {@code scored}, which holds won and lost outcomes. */
  public static Evaluation of(List<ScoredOutcome> scored) {
    requireNonNull(scored, "scored outcomes");
    return new Evaluation(
        scored.size(),
        scored.stream().filter(ScoredOutcome::won).count(),
        Metrics.auc(scored),
        Metrics.logLoss(scored),
        Metrics.brierScore(scored),
        Metrics.topDecileLift(scored),
        CalibrationTable.deciles(scored));
  }

  /** Returns the evaluation of {@code model} on {@code heldOut}, which holds won and lost ones. */
  public static Evaluation of(PredictiveModel model, List<Observation> heldOut) {
    requireNonNull(model, "model");
    requireNonNull(heldOut, "held-out observations");
    return of(
        heldOut.stream()
            .map(
                observation ->
                    ScoredOutcome.of(
                        model.predict(observation.features()).probability(), observation.outcome()))
            .toList());
  }
}
