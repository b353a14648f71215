package io.crmkit.core.automation;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a rule would do to one record now, as a dry run reports it: whether it would fire, why, and
 * the actions it would take.
 *
 * @param rule the rule's name
 * @param fires whether it would fire
 * @param reason why it would or would not
 * @param actions the actions it would take, empty if it would not fire
 * @since 0.1
 */
public record RuleVerdict(String rule, boolean fires, String reason, List<RuleAction> actions) {

  public RuleVerdict {
    requireNonNull(rule, "rule");
    requireNonNull(reason, "reason");
    actions = List.copyOf(actions);
  }
}
