package io.crmkit.scoring.predictive.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * How far predicted probabilities can be taken at face value: outcomes sorted by predicted
 * probability and cut into bins of equal count, each with its mean prediction and its observed win
 * rate. A calibrated model has the two close in every bin.
 *
 * @param bins the bins, lowest predictions first; never null
 * @since 0.1
 */
public record CalibrationTable(List<Bin> bins) {

  /**
   * Creates a {@code CalibrationTable}, checking its components as the type's comment describes.
   */
  public CalibrationTable {
    requireNonNull(bins, "calibration bins");
    bins = List.copyOf(bins);
  }

  /** Returns the table of {@code scored} in ten bins (deciles of predicted probability). */
  public static CalibrationTable deciles(List<ScoredOutcome> scored) {
    return of(scored, 10);
  }

  /**
   * Returns the table of {@code scored} in {@code binCount} bins of equal count (to within one);
   * with fewer outcomes than bins, empty bins are left out.
   *
   * @param scored at least one outcome
   * @param binCount at least 1
   */
  public static CalibrationTable of(List<ScoredOutcome> scored, int binCount) {
    requireNonNull(scored, "scored outcomes");
    checkArgument(!scored.isEmpty(), "a calibration table needs at least one scored outcome");
    checkArgument(binCount >= 1, "a calibration table needs at least one bin: %s", binCount);
    List<ScoredOutcome> ascending =
        scored.stream().sorted(Comparator.comparingDouble(ScoredOutcome::probability)).toList();
    List<Bin> bins = new ArrayList<>();
    for (int bin = 0; bin < binCount; bin++) {
      int from = (int) ((long) bin * ascending.size() / binCount);
      int to = (int) ((long) (bin + 1) * ascending.size() / binCount);
      if (to > from) {
        bins.add(Bin.of(bin + 1, ascending.subList(from, to)));
      }
    }
    return new CalibrationTable(bins);
  }

  /**
   * One bin of a calibration table.
   *
   * @param index the bin's position, 1 for the lowest predictions
   * @param count how many outcomes fell in it, at least 1
   * @param meanPredicted the mean predicted probability of winning, in [0, 1]
   * @param observedRate the share of its outcomes that were won, in [0, 1]
   * @since 0.1
   */
  public record Bin(int index, int count, double meanPredicted, double observedRate) {

    /** Creates a {@code Bin}, checking its components as the type's comment describes. */
    public Bin {
      checkArgument(index >= 1, "bin index must be at least 1: %s", index);
      checkArgument(count >= 1, "bin count must be at least 1: %s", count);
      checkArgument(
          meanPredicted >= 0 && meanPredicted <= 1,
          "mean predicted probability must be in [0, 1]: %s",
          meanPredicted);
      checkArgument(
          observedRate >= 0 && observedRate <= 1,
          "observed rate must be in [0, 1]: %s",
          observedRate);
    }

    static Bin of(int index, List<ScoredOutcome> outcomes) {
      double predicted = 0;
      int won = 0;
      for (ScoredOutcome outcome : outcomes) {
        predicted += outcome.probability();
        won += outcome.won() ? 1 : 0;
      }
      // the mean of values in [0, 1] can round a hair above 1
      double mean = Math.min(1, predicted / outcomes.size());
      return new Bin(index, outcomes.size(), mean, (double) won / outcomes.size());
    }
  }
}
