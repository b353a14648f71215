package io.crmkit.scoring.predictive.evaluation;

import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.predictive.ModelTrainer;
import io.crmkit.scoring.predictive.Observation;
import io.crmkit.scoring.predictive.StratifiedFolds;
import java.util.ArrayList;
import java.util.List;

/**
 * Stratified k-fold cross-validation: the history is shuffled with a seed and dealt into k folds
 * with the same share of won outcomes; each fold is scored by a model trained on the others.
 *
 * @since 0.1
 */
public final class CrossValidation {

  private CrossValidation() {}

  /**
   * Returns the evaluation of each of {@code k} folds of {@code history}, trained by {@code
   * trainer}. The same seed and history always give the same folds.
   *
   * @param history observations with at least {@code k} won and {@code k} lost, so that every fold
   *     holds both
   * @param k the number of folds, at least 2
   * @param seed the seed of the shuffle
   * @param trainer how to train a model on the other folds
   */
  public static CrossValidationResult kFold(
      List<Observation> history, int k, long seed, ModelTrainer trainer) {
    requireNonNull(trainer, "trainer");
    List<List<Observation>> folds = StratifiedFolds.deal(history, k, seed);
    List<Evaluation> evaluations = new ArrayList<>(k);
    for (int fold = 0; fold < k; fold++) {
      evaluations.add(
          Evaluation.of(trainer.train(StratifiedFolds.allBut(folds, fold)), folds.get(fold)));
    }
    return new CrossValidationResult(evaluations);
  }
}
