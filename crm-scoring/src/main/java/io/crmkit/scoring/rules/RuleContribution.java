package io.crmkit.scoring.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What one rule added to a score, and why: the explanation of one line of a score.
 *
 * @param rule the rule's name
 * @param family whether it counted toward the fit or the engagement score
 * @param points what it added, after decay and cap
 * @param capped whether its cap cut the sum of its matches
 * @param evidence the field value or the activities it matched, oldest activity first
 * @since 0.1
 */
public record RuleContribution(
    String rule, RuleFamily family, Points points, boolean capped, List<Evidence> evidence) {

  /**
   * Creates a {@code RuleContribution}, checking its components as the type's comment describes.
   */
  public RuleContribution {
    requireNonNull(rule, "rule");
    requireNonNull(family, "family");
    requireNonNull(points, "points");
    evidence = List.copyOf(evidence);
  }
}
