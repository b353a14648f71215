package io.crmkit.scoring.predictive.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.predictive.ModelTrainer;
import io.crmkit.scoring.predictive.Observation;
import io.crmkit.scoring.predictive.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

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
    List<List<Observation>> folds = folds(history, k, seed);
    List<Evaluation> evaluations = new ArrayList<>(k);
    for (int fold = 0; fold < k; fold++) {
      List<Observation> training = new ArrayList<>(history.size());
      for (int other = 0; other < k; other++) {
        if (other != fold) {
          training.addAll(folds.get(other));
        }
      }
      evaluations.add(Evaluation.of(trainer.train(training), folds.get(fold)));
    }
    return new CrossValidationResult(evaluations);
  }

  /** Returns {@code k} stratified folds of {@code history}, dealt after a seeded shuffle. */
  static List<List<Observation>> folds(List<Observation> history, int k, long seed) {
    requireNonNull(history, "history");
    checkArgument(k >= 2, "cross-validation needs at least 2 folds: %s", k);
    List<Observation> won = new ArrayList<>();
    List<Observation> lost = new ArrayList<>();
    for (Observation observation : history) {
      (observation.outcome() == Outcome.WON ? won : lost).add(observation);
    }
    checkArgument(
        won.size() >= k && lost.size() >= k,
        "%s folds need at least %s won and %s lost observations: got %s won and %s lost",
        k,
        k,
        k,
        won.size(),
        lost.size());
    Random random = new Random(seed);
    Collections.shuffle(won, random);
    Collections.shuffle(lost, random);
    List<List<Observation>> folds = new ArrayList<>(k);
    for (int fold = 0; fold < k; fold++) {
      folds.add(new ArrayList<>());
    }
    // dealing continues from won into lost, so fold sizes differ by at most one
    int dealt = 0;
    for (Observation observation : won) {
      folds.get(dealt++ % k).add(observation);
    }
    for (Observation observation : lost) {
      folds.get(dealt++ % k).add(observation);
    }
    return folds.stream().map(List::copyOf).toList();
  }
}
