package io.crmkit.core.consent;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;

/**
 * Something that happened to a contact's consent or to the tenant's suppression list: an entry
 * appended to the ledger, or an address put on or taken off the list.
 *
 * <p>Ledger events name the contact and the ledger entry by id and carry neither the evidence nor
 * the confirmation token: erasing a person deletes their ledger and their evidence, and an event
 * still waiting in the outbox names only ids that erasure redacts. Their {@link #aggregateId()} is
 * the contact's. Suppression events carry the suppressed address, which the list itself keeps after
 * erasure for the same purpose; their {@link #aggregateId()} is the tenant's, whose one list they
 * change.
 *
 * @since 0.1
 */
public sealed interface ConsentEvent extends DomainEvent {

  /** Returns who recorded the change. */
  UserId by();

  /**
   * A ledger entry that grants consent was appended, by {@link ConsentService#grant}; a double
   * opt-in's grant is a {@link ConsentConfirmed} instead.
   *
   * @param entry the appended entry
   * @param contactId the contact whose consent it is
   * @since 0.1
   */
  record ConsentGranted(
      TenantId tenant,
      ConsentEntryId entry,
      ContactId contactId,
      Channel channel,
      Purpose purpose,
      LegalBasis basis,
      ConsentSource source,
      Instant occurredAt,
      UserId by)
      implements ConsentEvent {
    @Override
    public String aggregateId() {
      return contactId.toString();
    }
  }

  /**
   * A ledger entry that withdraws consent was appended: by {@link ConsentService#withdraw}, {@link
   * ConsentService#withdrawAll}, an unsubscribe link or a campaign's unsubscribe.
   *
   * @param entry the appended entry
   * @param contactId the contact whose consent it is
   * @since 0.1
   */
  record ConsentWithdrawn(
      TenantId tenant,
      ConsentEntryId entry,
      ContactId contactId,
      Channel channel,
      Purpose purpose,
      ConsentSource source,
      Instant occurredAt,
      UserId by)
      implements ConsentEvent {
    @Override
    public String aggregateId() {
      return contactId.toString();
    }
  }

  /**
   * A pending entry was appended and a double opt-in confirmation issued; the token itself is only
   * in the {@link PendingConfirmation} the caller got back.
   *
   * @param entry the pending entry
   * @param contactId the contact whose consent it is
   * @param expiresAt when the token stops confirming
   * @since 0.1
   */
  record ConsentConfirmationRequested(
      TenantId tenant,
      ConsentEntryId entry,
      ContactId contactId,
      Channel channel,
      Purpose purpose,
      ConsentSource source,
      Instant expiresAt,
      Instant occurredAt,
      UserId by)
      implements ConsentEvent {
    @Override
    public String aggregateId() {
      return contactId.toString();
    }
  }

  /**
   * A double opt-in was confirmed: a granting entry was appended in answer to a pending one.
   *
   * @param entry the appended granting entry
   * @param pending the pending entry it answers
   * @param contactId the contact whose consent it is
   * @since 0.1
   */
  record ConsentConfirmed(
      TenantId tenant,
      ConsentEntryId entry,
      ConsentEntryId pending,
      ContactId contactId,
      Channel channel,
      Purpose purpose,
      Instant occurredAt,
      UserId by)
      implements ConsentEvent {
    @Override
    public String aggregateId() {
      return contactId.toString();
    }
  }

  /**
   * An address or domain was put on the tenant's suppression list; an address already on it raises
   * nothing.
   *
   * @param address the suppressed address or domain
   * @param reason why
   * @since 0.1
   */
  record AddressSuppressed(
      TenantId tenant,
      SuppressedAddress address,
      SuppressionReason reason,
      Instant occurredAt,
      UserId by)
      implements ConsentEvent {
    @Override
    public String aggregateId() {
      return tenant.value();
    }
  }

  /**
   * An address or domain was taken off the tenant's suppression list; one not on it raises nothing.
   *
   * @param address the address or domain no longer suppressed
   * @since 0.1
   */
  record AddressUnsuppressed(
      TenantId tenant, SuppressedAddress address, Instant occurredAt, UserId by)
      implements ConsentEvent {
    @Override
    public String aggregateId() {
      return tenant.value();
    }
  }
}
