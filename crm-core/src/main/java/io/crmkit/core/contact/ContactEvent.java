package io.crmkit.core.contact;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.party.LifecycleStage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened to a contact.
 *
 * @since 0.1
 */
public sealed interface ContactEvent extends DomainEvent {

  /** Returns the contact it happened to. */
  ContactId contactId();

  /** Returns who made it happen. */
  UserId by();

  @Override
  default String aggregateId() {
    return contactId().toString();
  }

  /** A contact was created. */
  record ContactCreated(TenantId tenant, ContactId contactId, Instant occurredAt, UserId by)
      implements ContactEvent {}

  /** A contact's details were changed. */
  record ContactUpdated(TenantId tenant, ContactId contactId, Instant occurredAt, UserId by)
      implements ContactEvent {}

  /** A contact moved to another lifecycle stage. */
  record ContactLifecycleStageChanged(
      TenantId tenant,
      ContactId contactId,
      @Nullable LifecycleStage from,
      LifecycleStage to,
      Instant occurredAt,
      UserId by)
      implements ContactEvent {}

  /** A contact was given to another owner. */
  record ContactOwnerChanged(
      TenantId tenant, ContactId contactId, UserId from, UserId to, Instant occurredAt, UserId by)
      implements ContactEvent {}

  /** A contact was archived. */
  record ContactArchived(TenantId tenant, ContactId contactId, Instant occurredAt, UserId by)
      implements ContactEvent {}

  /** An archived contact was made writable and searchable again. */
  record ContactUnarchived(TenantId tenant, ContactId contactId, Instant occurredAt, UserId by)
      implements ContactEvent {}

  /** A contact was deleted for good. */
  record ContactDeleted(TenantId tenant, ContactId contactId, Instant occurredAt, UserId by)
      implements ContactEvent {}
}
