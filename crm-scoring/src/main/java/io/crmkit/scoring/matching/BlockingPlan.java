package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * The work a scan will do, known before any pair is compared: how many records, how many pairs each
 * blocking rule makes, and how many distinct pairs their union compares, against the pairs a
 * comparison of everything with everything would take.
 *
 * @param records the records planned for
 * @param rules each rule's pairs, in the configuration's order
 * @since 0.1
 */
public record BlockingPlan(long records, List<RulePairs> rules) {

  /** Creates a {@code BlockingPlan}, checking its components as the type's comment describes. */
  public BlockingPlan {
    checkArgument(records >= 0, "records must not be negative: %s", records);
    rules = List.copyOf(rules);
  }

  /** Returns the distinct candidate pairs of the union of the rules: the pairs to compare. */
  public long candidatePairs() {
    return rules.stream().mapToLong(RulePairs::newPairs).sum();
  }

  /** Returns the pairs of every record with every other, {@code n (n - 1) / 2}. */
  public long allPairs() {
    return records * (records - 1) / 2;
  }

  /** Returns the share of all pairs that blocking leaves to compare, 0 to 1. */
  public double reduction() {
    return allPairs() == 0 ? 0 : (double) candidatePairs() / allPairs();
  }
}
