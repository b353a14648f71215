package io.crmkit.scoring.rules;

import io.crmkit.core.timeline.ActivityId;
import io.crmkit.scoring.rules.Evidence.ActivityMatch;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The contributions of one score as the engine computed them, held in three flat arrays rather than
 * as dozens of small objects: for each rule that fired, in the model's order, which rule it is,
 * what it added and whether its cap cut it, and either what a fit rule found or the activities an
 * engagement rule matched, each with when it happened and its worth after decay. Every number is
 * computed when the score is; a {@link RuleContribution}, and a fit rule's field value, are
 * assembled from them when they are read, so that a batch of scores held in memory costs the
 * collector a fraction of the objects. Immutable and thread-safe.
 */
final class Explanation extends AbstractList<RuleContribution> implements RandomAccess {

  private final String[] names;
  private final @Nullable FitRule[] fitAt;
  private final int[] lines;
  private final long[] amounts;
  private final @Nullable Object[] found;

  /**
   * Takes the arrays as they are, without copying: the caller hands over {@code lines}, {@code
   * amounts} and {@code found} and keeps none; {@code names} and {@code fitAt} are the engine's and
   * never change. With {@code n} rules fired and {@code m} activities matched in all:
   *
   * @param names the model's rule names, by position in the model
   * @param fitAt the model's fit rules by position, null at an engagement rule's
   * @param lines {@code 2n + 1} entries: for each rule fired its {@link #line}, then for each where
   *     its matches start among all matches, then {@code m}
   * @param amounts {@code n + m} entries: what each rule fired added in hundredths after its cap,
   *     then the worth of each match in hundredths after decay
   * @param found {@code n + 2m} entries: what each fit rule fired found (see {@link
   *     FitRule#found}), null for an engagement rule, then the activity and the instant of each
   *     match, each rule's oldest first
   */
  Explanation(
      String[] names,
      @Nullable FitRule[] fitAt,
      int[] lines,
      long[] amounts,
      @Nullable Object[] found) {
    this.names = names;
    this.fitAt = fitAt;
    this.lines = lines;
    this.amounts = amounts;
    this.found = found;
  }

  /** Returns the entry of {@code lines} for the rule at {@code position}, capped or not. */
  static int line(int position, boolean capped) {
    return position << 1 | (capped ? 1 : 0);
  }

  @Override
  public RuleContribution get(int index) {
    int size = size();
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("no contribution " + index + " among " + size);
    }
    int position = lines[index] >>> 1;
    boolean capped = (lines[index] & 1) != 0;
    Points points = Points.ofHundredths(amounts[index]);
    FitRule fit = fitAt[position];
    Object value = found[index];
    if (fit != null && value != null) {
      return new RuleContribution(
          names[position], RuleFamily.FIT, points, capped, List.of(fit.evidence(value)));
    }
    int from = lines[size + index];
    Evidence[] evidence = new Evidence[lines[size + index + 1] - from];
    for (int i = 0; i < evidence.length; i++) {
      int match = from + i;
      evidence[i] =
          new ActivityMatch(
              (ActivityId) found[size + 2 * match],
              (Instant) found[size + 2 * match + 1],
              Points.ofHundredths(amounts[size + match]));
    }
    return new RuleContribution(
        names[position], RuleFamily.ENGAGEMENT, points, capped, List.of(evidence));
  }

  @Override
  public int size() {
    return lines.length >>> 1;
  }
}
