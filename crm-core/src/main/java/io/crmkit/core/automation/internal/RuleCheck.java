package io.crmkit.core.automation.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordType;
import io.crmkit.core.automation.WorkflowRule;
import java.util.Set;

/**
 * Checks a workflow rule against the tenant when it is defined, so that a rule that cannot work
 * never runs: its condition suits each record type its trigger looks at.
 */
final class RuleCheck {

  private RuleCheck() {}

  /**
   * Checks {@code rule}, whose trigger looks at records of {@code types} (none for a schedule).
   *
   * @param crm the CRM opened for the tenant that defines the rule
   * @throws IllegalArgumentException naming the rule and what does not suit
   */
  static void check(WorkflowRule rule, Set<RecordType> types, Crm crm) {
    for (RecordType type : types) {
      checkArgument(
          rule.condition().appliesTo(type),
          "rule %s looks at %s records, but its condition is on another type: %s",
          rule.name(),
          type,
          rule.condition().text());
    }
  }
}
