package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * What one blocking rule contributes to a plan: the pairs it makes, and those of them that no
 * earlier rule made, which are the ones it adds to the comparison.
 *
 * @param rule the rule, never null
 * @param pairs the candidate pairs the rule makes on its own
 * @param newPairs the pairs no earlier rule of the configuration made
 * @since 0.1
 */
public record RulePairs(BlockingRule rule, long pairs, long newPairs) {

  /** Creates a {@code RulePairs}, checking its components as the type's comment describes. */
  public RulePairs {
    requireNonNull(rule, "rule");
    checkArgument(newPairs >= 0 && newPairs <= pairs, "new pairs %s out of 0..%s", newPairs, pairs);
  }
}
