package io.crmkit.core.privacy;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;

/**
 * Something that happened to a person's data as a data-subject request was honoured. Privacy events
 * carry ids only, never personal data, so that they may be relayed and kept anywhere.
 *
 * @since 0.1
 */
public sealed interface PrivacyEvent extends DomainEvent {

  /**
   * A person's data was erased: a host that copied it elsewhere (a search index, a mailing tool, a
   * data warehouse) erases its copies of the records of this contact id.
   *
   * @param tenant the tenant
   * @param contactId the erased person's contact id, which no longer exists
   * @param records how many records were deleted or anonymised
   * @param occurredAt when the erasure ran
   * @param by who asked for it
   */
  record PersonalDataErased(
      TenantId tenant, ContactId contactId, int records, Instant occurredAt, UserId by)
      implements PrivacyEvent {

    public PersonalDataErased {
      requireNonNull(tenant, "tenant");
      requireNonNull(contactId, "contactId");
      requireNonNull(occurredAt, "occurredAt");
      requireNonNull(by, "by");
    }

    @Override
    public String aggregateId() {
      return contactId.toString();
    }
  }
}
