package io.crmkit.scoring.rules;

import io.crmkit.core.timeline.ActivityId;
import io.crmkit.scoring.rules.Evidence.ActivityMatch;
import io.crmkit.scoring.rules.Evidence.FieldValue;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The contributions of one score as the engine computed them, held in a few flat arrays rather than
 * as dozens of small objects: for each rule that fired, in the model's order, its name, what it
 * added and whether its cap cut it, and either the field value a fit rule found or the activities
 * an engagement rule matched, each with when it happened and its worth after decay. Every number is
 * computed when the score is; a {@link RuleContribution} is assembled from them when it is read, so
 * that a batch of scores held in memory costs the collector a fraction of the objects. Immutable
 * and thread-safe.
 */
final class Explanation extends AbstractList<RuleContribution> implements RandomAccess {

  private final String[] rules;
  private final @Nullable FieldValue[] fieldValues;
  private final long[] points;
  private final boolean[] capped;
  private final int[] matchesFrom;
  private final ActivityId[] activities;
  private final Instant[] occurredAt;
  private final long[] worths;

  /**
   * Takes the arrays as they are, without copying: the caller hands them over and keeps none.
   *
   * @param rules the name of each rule that fired, in model order
   * @param fieldValues for each, the field value a fit rule found, or null for an engagement rule
   * @param points for each, what it added in hundredths, after cap
   * @param capped for each, whether the cap cut it
   * @param matchesFrom for each, where its matches start in the match arrays, plus one last entry
   *     where the matches end
   * @param activities the activities matched, each rule's oldest first
   * @param occurredAt when each happened
   * @param worths what each was worth in hundredths, after decay
   */
  Explanation(
      String[] rules,
      @Nullable FieldValue[] fieldValues,
      long[] points,
      boolean[] capped,
      int[] matchesFrom,
      ActivityId[] activities,
      Instant[] occurredAt,
      long[] worths) {
    this.rules = rules;
    this.fieldValues = fieldValues;
    this.points = points;
    this.capped = capped;
    this.matchesFrom = matchesFrom;
    this.activities = activities;
    this.occurredAt = occurredAt;
    this.worths = worths;
  }

  @Override
  public RuleContribution get(int index) {
    FieldValue found = fieldValues[index];
    if (found != null) {
      return new RuleContribution(
          rules[index],
          RuleFamily.FIT,
          Points.ofHundredths(points[index]),
          capped[index],
          List.of(found));
    }
    int from = matchesFrom[index];
    Evidence[] evidence = new Evidence[matchesFrom[index + 1] - from];
    for (int i = 0; i < evidence.length; i++) {
      evidence[i] =
          new ActivityMatch(
              activities[from + i], occurredAt[from + i], Points.ofHundredths(worths[from + i]));
    }
    return new RuleContribution(
        rules[index],
        RuleFamily.ENGAGEMENT,
        Points.ofHundredths(points[index]),
        capped[index],
        List.of(evidence));
  }

  @Override
  public int size() {
    return rules.length;
  }
}
