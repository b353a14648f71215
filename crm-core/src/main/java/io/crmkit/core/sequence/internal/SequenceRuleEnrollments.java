package io.crmkit.core.sequence.internal;

import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.automation.RuleEnrollments;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.sequence.Sequence;
import java.util.Optional;

/**
 * Enrolls contacts in sequences for workflow rules, through the CRM's sequence service: a sequence
 * is named, and a contact keeps one open enrollment per sequence.
 */
public final class SequenceRuleEnrollments implements RuleEnrollments {

  @Override
  public boolean exists(Crm crm, String sequence) {
    return named(crm, sequence).isPresent();
  }

  @Override
  public boolean enrollOnce(Crm crm, String sequence, ContactId contact) {
    Sequence found =
        named(crm, sequence).orElseThrow(() -> new NotFoundException("sequence", sequence));
    boolean open =
        crm.sequences().enrollments(contact).stream()
            .anyMatch(e -> e.isOpen() && e.sequence().equals(found.id()));
    if (!open) {
      crm.sequences().enroll(found.id(), contact);
    }
    return !open;
  }

  private static Optional<Sequence> named(Crm crm, String sequence) {
    return crm.sequences().list().stream()
        .filter(found -> found.details().name().equals(sequence))
        .findFirst();
  }
}
