package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A workflow rule: when its trigger happens to a record and the record passes its condition, its
 * actions run, once, as due work.
 *
 * <pre>{@code
 * crm.automation().define(new WorkflowRule(
 *     "stalled-deal",
 *     new RuleTrigger.DateRelative(RuleTrigger.DateField.DEAL_LAST_CHANGE, 5),
 *     RuleCondition.fieldIs("status", "open"),
 *     List.of(new RuleAction.CreateTask("Revive the stalled deal", 1))));
 * }</pre>
 *
 * @param name 1 to 60 lower-case letters, digits and hyphens, starting with a letter; unique in the
 *     tenant
 * @param trigger what makes it look at a record
 * @param condition what the record must pass
 * @param actions what it does, 1 to 20 actions in order
 * @since 0.1
 */
public record WorkflowRule(
    String name, RuleTrigger trigger, RuleCondition condition, List<RuleAction> actions) {

  /**
   * @throws IllegalArgumentException if the name is not acceptable or there are no or too many
   *     actions
   */
  public WorkflowRule {
    RuleNames.name("rule name", name);
    requireNonNull(trigger, "trigger");
    requireNonNull(condition, "condition");
    actions = List.copyOf(actions);
    checkArgument(
        !actions.isEmpty() && actions.size() <= 20,
        "a rule has 1 to 20 actions: %s",
        actions.size());
  }
}
