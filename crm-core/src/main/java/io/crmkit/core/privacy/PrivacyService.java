package io.crmkit.core.privacy;

import io.crmkit.core.contact.ContactId;

/**
 * The data-subject requests of the GDPR for one person, known to the CRM as a contact: access
 * (Article 15) and erasure (Article 17), answered from every feature that holds data about people,
 * crm-core's own, those of modules such as crm-scoring, and the host's.
 *
 * <pre>{@code
 * PersonalDataReport report = crm.privacy().access(ana.id());
 * Erasure receipt = crm.privacy().erase(ana.id());
 * }</pre>
 *
 * @since 0.1
 */
public interface PrivacyService {

  /**
   * Returns everything the tenant holds about the person with contact {@code contact}.
   *
   * @throws io.crmkit.core.NotFoundException if the tenant has no such contact
   * @throws io.crmkit.core.AccessDeniedException if the actor may not read the contact
   */
  PersonalDataReport access(ContactId contact);

  /**
   * Erases the personal data of the person with contact {@code contact} everywhere the tenant holds
   * it, in one unit of work: all of it or, when a holder fails, none of it. What only concerns the
   * person is deleted (the contact, with its unique keys, and the activities, tasks and scores that
   * concern no one else); what reports still need is anonymised (leads keep their status history
   * and source, deals their amounts and stage history, activities and tasks that concern other
   * records too lose their texts and the person). Raises {@link PrivacyEvent.PersonalDataErased},
   * which carries no personal data.
   *
   * @return the receipt: every record deleted or anonymised
   * @throws io.crmkit.core.NotFoundException if the tenant has no such contact
   * @throws io.crmkit.core.AccessDeniedException if the actor may not delete the contact
   */
  Erasure erase(ContactId contact);
}
