package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * Cut points that split a numeric feature into bins of roughly equal size in the training history.
 * Bin {@code i} holds the values at or above cut {@code i - 1} and below cut {@code i}.
 */
final class QuantileBins {

  private final double[] cuts;

  private QuantileBins(double[] cuts) {
    this.cuts = cuts;
  }

  /**
   * Learns at most {@code bins} bins from {@code values}; repeated values give fewer bins, since a
   * cut can only fall between distinct values.
   */
  static QuantileBins learn(double[] values, int bins) {
    checkArgument(bins >= 2, "bins must be at least 2: %s", bins);
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    if (sorted.length == 0) {
      return new QuantileBins(new double[0]);
    }
    double[] cuts = new double[bins - 1];
    int count = 0;
    for (int i = 1; i < bins; i++) {
      double cut = sorted[(int) ((long) i * sorted.length / bins)];
      // a cut at the minimum would leave the first bin empty; equal cuts would leave bins empty
      if (cut > sorted[0] && (count == 0 || cut > cuts[count - 1])) {
        cuts[count++] = cut;
      }
    }
    return new QuantileBins(Arrays.copyOf(cuts, count));
  }

  /**
   * Returns the bins with {@code cuts}, which the caller has checked to be finite and ascending.
   */
  static QuantileBins restore(double[] cuts) {
    return new QuantileBins(cuts.clone());
  }

  /** Returns a copy of the cut points, ascending. */
  double[] cuts() {
    return cuts.clone();
  }

  /** Returns the number of bins. */
  int count() {
    return cuts.length + 1;
  }

  /** Returns the bin of {@code value}, from 0 to {@code count() - 1}. */
  int bin(double value) {
    int position = Arrays.binarySearch(cuts, value);
    return position >= 0 ? position + 1 : -position - 1;
  }

  /** Returns the bin's interval as a person reads it, such as {@code [30, 40)}. */
  String label(int bin) {
    checkArgument(bin >= 0 && bin < count(), "no bin %s among %s", bin, count());
    if (cuts.length == 0) {
      return "any";
    }
    if (bin == 0) {
      return "< " + format(cuts[0]);
    }
    if (bin == cuts.length) {
      return ">= " + format(cuts[bin - 1]);
    }
    return "[" + format(cuts[bin - 1]) + ", " + format(cuts[bin]) + ")";
  }

  /** Returns {@code value} as a person reads it: whole numbers without a fraction. */
  static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }
}
