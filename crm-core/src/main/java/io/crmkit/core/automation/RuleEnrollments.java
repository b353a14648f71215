package io.crmkit.core.automation;

import io.crmkit.core.Crm;
import io.crmkit.core.contact.ContactId;

/**
 * The sequences that workflow rules enroll contacts in ({@link RuleAction.EnrollInSequence}), as
 * automation sees them: the sequence feature implements it, so that automation names sequences
 * without depending on them.
 *
 * @since 0.1
 */
public interface RuleEnrollments {

  /**
   * Returns whether {@code crm}'s tenant has a sequence named {@code sequence}.
   *
   * @param crm the CRM opened for the tenant; never null
   * @param sequence the sequence's name; never null
   */
  boolean exists(Crm crm, String sequence);

  /**
   * Enrolls {@code contact} in the tenant's sequence named {@code sequence}, unless the contact is
   * active or paused in it already.
   *
   * @return whether it enrolled the contact
   * @throws io.crmkit.core.NotFoundException if the sequence or the contact does not exist
   */
  boolean enrollOnce(Crm crm, String sequence, ContactId contact);
}
