package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A history dealt into folds with the same share of won outcomes, after a seeded shuffle: the parts
 * that cross-validation scores and that calibration fits on, each scored by a model trained on the
 * others.
 *
 * @since 0.1
 */
public final class StratifiedFolds {

  private StratifiedFolds() {}

  /**
   * Returns {@code k} folds of {@code history}, whose sizes differ by at most one. The same seed
   * and history always give the same folds.
   *
   * @param history observations with at least {@code k} won and {@code k} lost, so that every fold
   *     holds both
   * @param k the number of folds, at least 2
   * @param seed the seed of the shuffle
   */
  public static List<List<Observation>> deal(List<Observation> history, int k, long seed) {
    requireNonNull(history, "history");
    checkArgument(k >= 2, "cross-validation needs at least 2 folds: %s", k);
    List<Observation> won = new ArrayList<>();
    List<Observation> lost = new ArrayList<>();
    for (Observation observation : history) {
      (observation.outcome().isWon() ? won : lost).add(observation);
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

  /** Returns every fold of {@code folds} but the one at {@code left}, joined in fold order. */
  public static List<Observation> allBut(List<List<Observation>> folds, int left) {
    requireNonNull(folds, "folds");
    checkArgument(left >= 0 && left < folds.size(), "no fold %s among %s", left, folds.size());
    List<Observation> joined = new ArrayList<>();
    for (int fold = 0; fold < folds.size(); fold++) {
      if (fold != left) {
        joined.addAll(folds.get(fold));
      }
    }
    return joined;
  }
}
