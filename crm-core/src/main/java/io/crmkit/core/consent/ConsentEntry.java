package io.crmkit.core.consent;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.ContactId;
import java.time.Instant;

/**
 * One entry of a contact's consent ledger: on a channel, for a purpose, the person's consent became
 * {@link ConsentStatus granted}, withdrawn or pending confirmation, on a legal basis, from a
 * source, with evidence, at an instant, recorded by a user. Entries are never changed; the latest
 * entry of a {@link Subscription} is its current state.
 *
 * @param id the entry's id, time-ordered; never null
 * @param tenant the tenant whose ledger holds it; never null
 * @param subscription the contact, channel and purpose; never null
 * @param status what the person's consent became; never null
 * @param basis the legal basis it rests on; never null
 * @param source where the entry came from; never null
 * @param evidence what proves it; never null, {@link ConsentEvidence#NONE} when nothing
 * @param at when it took effect, by the CRM's clock; never null
 * @param by who recorded it; never null
 * @since 0.1
 */
public record ConsentEntry(
    ConsentEntryId id,
    TenantId tenant,
    Subscription subscription,
    ConsentStatus status,
    LegalBasis basis,
    ConsentSource source,
    ConsentEvidence evidence,
    Instant at,
    UserId by) {

  /** Creates an entry. */
  public ConsentEntry {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(subscription, "subscription");
    requireNonNull(status, "status");
    requireNonNull(basis, "basis");
    requireNonNull(source, "source");
    requireNonNull(evidence, "evidence");
    requireNonNull(at, "at");
    requireNonNull(by, "by");
  }

  /** Returns the contact the entry is about. */
  public ContactId contact() {
    return subscription.contact();
  }

  /** Returns whether the entry grants consent: messages may be sent, unless suppressed. */
  public boolean grants() {
    return status == ConsentStatus.GRANTED;
  }
}
