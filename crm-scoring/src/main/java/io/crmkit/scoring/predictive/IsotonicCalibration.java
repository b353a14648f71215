package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Isotonic calibration: the non-decreasing map from raw log-odds to the probability of winning that
 * best fits held-out outcomes (pool-adjacent-violators), read between its points by linear
 * interpolation and held flat beyond them.
 *
 * <p>It assumes nothing about the shape of a model's error, so it mends what Platt scaling's
 * straight line cannot (a model over-confident at one end only), at the price of needing more
 * held-out outcomes: each point is a block of outcomes with the same rate. Probabilities are kept
 * at least {@code 1 / (2n)} from 0 and 1, for {@code n} calibration outcomes, since a block of only
 * lost outcomes is no proof that a lead can never be won.
 *
 * @since 0.1
 */
public final class IsotonicCalibration implements Calibration {

  private final double[] rawLogOdds;
  private final double[] probabilities;

  private IsotonicCalibration(double[] rawLogOdds, double[] probabilities) {
    this.rawLogOdds = rawLogOdds;
    this.probabilities = probabilities;
  }

  /**
   * Returns the calibration through {@code points}: their raw log-odds strictly ascending, their
   * probabilities non-decreasing and strictly between 0 and 1.
   */
  public static IsotonicCalibration of(List<Point> points) {
    requireNonNull(points, "isotonic points");
    checkArgument(!points.isEmpty(), "an isotonic calibration needs at least one point");
    double[] x = new double[points.size()];
    double[] y = new double[points.size()];
    for (int i = 0; i < x.length; i++) {
      Point point = requireNonNull(points.get(i), "isotonic point");
      x[i] = point.rawLogOdds();
      y[i] = point.probability();
      if (i > 0) {
        checkArgument(
            x[i] > x[i - 1], "isotonic point %s: raw log-odds must ascend: %s", i, (Object) x[i]);
        checkArgument(
            y[i] >= y[i - 1],
            "isotonic point %s: probability must not descend: %s",
            i,
            (Object) y[i]);
      }
    }
    return new IsotonicCalibration(x, y);
  }

  /** Fits the map to held-out raw log-odds and their outcomes, at least one of each. */
  static IsotonicCalibration fit(double[] raw, boolean[] won) {
    Integer[] order = new Integer[raw.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> raw[i]));
    // blocks of the pool-adjacent-violators algorithm: score range, sums and counts
    double[] lowest = new double[raw.length];
    double[] highest = new double[raw.length];
    double[] rawSum = new double[raw.length];
    double[] wonSum = new double[raw.length];
    int[] count = new int[raw.length];
    int blocks = 0;
    for (int i : order) {
      lowest[blocks] = raw[i];
      highest[blocks] = raw[i];
      rawSum[blocks] = raw[i];
      wonSum[blocks] = won[i] ? 1 : 0;
      count[blocks] = 1;
      blocks++;
      // equal scores share a block, so that the map is a function of the score
      while (blocks > 1
          && (highest[blocks - 2] == lowest[blocks - 1]
              || wonSum[blocks - 2] / count[blocks - 2]
                  >= wonSum[blocks - 1] / count[blocks - 1])) {
        highest[blocks - 2] = highest[blocks - 1];
        rawSum[blocks - 2] += rawSum[blocks - 1];
        wonSum[blocks - 2] += wonSum[blocks - 1];
        count[blocks - 2] += count[blocks - 1];
        blocks--;
      }
    }
    double floor = 0.5 / raw.length;
    double[] x = new double[blocks];
    double[] y = new double[blocks];
    for (int b = 0; b < blocks; b++) {
      // blocks do not overlap, so means kept within their block's range ascend strictly
      x[b] = Math.min(Math.max(rawSum[b] / count[b], lowest[b]), highest[b]);
      y[b] = Math.min(Math.max(wonSum[b] / count[b], floor), 1 - floor);
    }
    return new IsotonicCalibration(x, y);
  }

  /** Returns the points of the map, raw log-odds ascending. */
  public List<Point> points() {
    Point[] points = new Point[rawLogOdds.length];
    Arrays.setAll(points, i -> new Point(rawLogOdds[i], probabilities[i]));
    return List.of(points);
  }

  @Override
  public double logOdds(double raw) {
    double p = probability(raw);
    return Math.log(p) - Math.log1p(-p);
  }

  private double probability(double raw) {
    int position = Arrays.binarySearch(rawLogOdds, raw);
    if (position >= 0) {
      return probabilities[position];
    }
    int above = -position - 1;
    if (above == 0) {
      return probabilities[0];
    }
    if (above == rawLogOdds.length) {
      return probabilities[rawLogOdds.length - 1];
    }
    int below = above - 1;
    double share = (raw - rawLogOdds[below]) / (rawLogOdds[above] - rawLogOdds[below]);
    return probabilities[below] + share * (probabilities[above] - probabilities[below]);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IsotonicCalibration calibration
        && Arrays.equals(rawLogOdds, calibration.rawLogOdds)
        && Arrays.equals(probabilities, calibration.probabilities);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(rawLogOdds) + Arrays.hashCode(probabilities);
  }

  @Override
  public String toString() {
    return "IsotonicCalibration" + points();
  }

  /**
   * One point of an isotonic calibration.
   *
   * @param rawLogOdds the model's raw log-odds, finite
   * @param probability the calibrated probability of winning there, strictly between 0 and 1
   * @since 0.1
   */
  public record Point(double rawLogOdds, double probability) {

    /** Creates a {@code Point}, checking its components as the type's comment describes. */
    public Point {
      checkArgument(Double.isFinite(rawLogOdds), "raw log-odds must be finite: %s", rawLogOdds);
      checkArgument(
          probability > 0 && probability < 1,
          "calibrated probability must be strictly between 0 and 1: %s",
          probability);
    }
  }
}
