package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.util.List;
import java.util.regex.Pattern;

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

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,59}");

  /**
   * @throws IllegalArgumentException if the name is not acceptable or there are no or too many
   *     actions
   */
  public WorkflowRule {
    requireNonNull(name, "name");
    requireNonNull(trigger, "trigger");
    requireNonNull(condition, "condition");
    actions = List.copyOf(actions);
    checkArgument(
        NAME.matcher(name).matches(),
        "rule name must be 1 to 60 lower-case letters, digits and hyphens, starting with a letter:"
            + " %s",
        Quoted.of(name));
    checkArgument(
        !actions.isEmpty() && actions.size() <= 20,
        "a rule has 1 to 20 actions: %s",
        actions.size());
  }
}
