package io.crmkit.scoring.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * How scores become a {@link Grade}: three descending fit thresholds give the letters A, B and C
 * (below the last, D) and three descending engagement thresholds give the numbers 1, 2 and 3 (below
 * the last, 4). A score at a threshold reaches its grade.
 *
 * @param fitThresholds the least fit points for A, B and C, strictly descending
 * @param engagementThresholds the least engagement points for 1, 2 and 3, strictly descending
 * @since 0.1
 */
public record Grading(List<Integer> fitThresholds, List<Integer> engagementThresholds) {

  /** The largest threshold, in whole points, either way. */
  public static final int MAX_THRESHOLD = 1_000_000;

  /** Creates a {@code Grading}, checking its components as the type's comment describes. */
  public Grading {
    fitThresholds = checked("fit", fitThresholds);
    engagementThresholds = checked("engagement", engagementThresholds);
  }

  /**
   * Returns the grading with fit thresholds {@code a > b > c} and engagement thresholds {@code one
   * > two > three}.
   */
  public static Grading of(int a, int b, int c, int one, int two, int three) {
    return new Grading(List.of(a, b, c), List.of(one, two, three));
  }

  /** Returns the grade of a contact with {@code fit} and {@code engagement} points. */
  public Grade grade(Points fit, Points engagement) {
    return Grade.of(
        (char) ('A' + band(fitThresholds, fit)), 1 + band(engagementThresholds, engagement));
  }

  private static int band(List<Integer> thresholds, Points points) {
    for (int i = 0; i < thresholds.size(); i++) {
      if (points.atLeast(thresholds.get(i))) {
        return i;
      }
    }
    return thresholds.size();
  }

  private static List<Integer> checked(String family, List<Integer> thresholds) {
    requireNonNull(thresholds, family + " thresholds");
    List<Integer> copy = List.copyOf(thresholds);
    checkArgument(copy.size() == 3, "%s grading needs exactly 3 thresholds, not %s", family, copy);
    for (int i = 0; i < copy.size(); i++) {
      int threshold = copy.get(i);
      checkArgument(
          Math.abs(threshold) <= MAX_THRESHOLD,
          "%s threshold %s is beyond +/-%s",
          family,
          threshold,
          MAX_THRESHOLD);
      checkArgument(
          i == 0 || copy.get(i - 1) > threshold,
          "%s thresholds must be strictly descending: %s",
          family,
          copy);
    }
    return copy;
  }
}
