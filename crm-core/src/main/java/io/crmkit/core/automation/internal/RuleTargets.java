package io.crmkit.core.automation.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.automation.RuleEnrollments;
import io.crmkit.core.spi.ContactLists;

/**
 * What workflow rules name that other features keep: the static lists they add contacts to and the
 * sequences they enroll contacts in.
 *
 * @param lists the static lists
 * @param enrollments the sequences
 */
public record RuleTargets(ContactLists lists, RuleEnrollments enrollments) {

  /** Creates the targets, checking that neither is null. */
  public RuleTargets {
    requireNonNull(lists, "lists");
    requireNonNull(enrollments, "enrollments");
  }
}
