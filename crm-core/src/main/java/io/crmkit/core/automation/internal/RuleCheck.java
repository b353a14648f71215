package io.crmkit.core.automation.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.RecordType;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.automation.WorkflowRule;
import java.util.Set;

/**
 * Checks a workflow rule against the tenant when it is defined, so that a rule that cannot work
 * never runs: its condition and its actions suit each record type its trigger looks at, and what
 * its actions name (custom fields, sequences, lists) exists in the tenant.
 */
final class RuleCheck {

  private RuleCheck() {}

  /**
   * Checks {@code rule}, whose trigger looks at records of {@code types} (none for a schedule).
   *
   * @param targets the static lists and sequences of the CRM
   * @param crm the CRM opened for the tenant that defines the rule
   * @throws IllegalArgumentException naming the rule and what does not suit
   * @throws NotFoundException if an action names a sequence or a list the tenant does not have
   */
  static void check(WorkflowRule rule, Set<RecordType> types, RuleTargets targets, Crm crm) {
    for (RecordType type : types) {
      checkArgument(
          rule.condition().appliesTo(type),
          "rule %s looks at %s records, but its condition is on another type: %s",
          rule.name(),
          type,
          rule.condition().text());
    }
    for (RuleAction action : rule.actions()) {
      if (action instanceof RuleAction.SetField set) {
        onRecords(rule, types, "set a field of");
        types.forEach(type -> FieldSetter.check(type, set, crm.customFields().list(type)));
      } else if (action instanceof RuleAction.AddTag
          || action instanceof RuleAction.AddToList
          || action instanceof RuleAction.EnrollInSequence) {
        onRecords(rule, types, "find the contacts of");
        for (RecordType type : types) {
          checkArgument(
              RecordContacts.TYPES.contains(type),
              "rule %s cannot find the contacts of a %s: only leads, deals and tickets have them",
              rule.name(),
              type);
        }
      }
      if (action instanceof RuleAction.AddToList add && !targets.lists().exists(crm, add.list())) {
        throw new NotFoundException("list", add.list());
      }
      if (action instanceof RuleAction.EnrollInSequence enroll
          && !targets.enrollments().exists(crm, enroll.sequence())) {
        throw new NotFoundException("sequence", enroll.sequence());
      }
    }
  }

  private static void onRecords(WorkflowRule rule, Set<RecordType> types, String what) {
    checkArgument(
        !types.isEmpty(), "rule %s runs on a schedule, with no record to %s", rule.name(), what);
  }
}
