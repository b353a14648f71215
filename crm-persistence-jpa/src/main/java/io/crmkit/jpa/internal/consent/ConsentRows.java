package io.crmkit.jpa.internal.consent;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.consent.ConsentConfirmation;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEntryId;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.Suppression;
import io.crmkit.core.contact.ContactId;
import io.crmkit.jpa.internal.StoredInstants;

/** Maps the consent feature's values to their rows and back. */
final class ConsentRows {

  private ConsentRows() {}

  static ConsentEntryEntity write(ConsentEntry entry) {
    ConsentEntryEntity row = new ConsentEntryEntity();
    row.tenant = entry.tenant().value();
    row.id = entry.id().value();
    row.contact = entry.contact().value();
    row.channel = entry.subscription().channel();
    row.purpose = entry.subscription().purpose().value();
    row.status = entry.status();
    row.basis = entry.basis();
    row.source = entry.source();
    row.wording = entry.evidence().wording();
    row.form = entry.evidence().form();
    row.ipAddress = entry.evidence().ipAddress();
    row.at = StoredInstants.bounded(entry.at());
    row.by = entry.by().value();
    return row;
  }

  static ConsentEntry read(ConsentEntryEntity row) {
    return new ConsentEntry(
        ConsentEntryId.of(row.id),
        TenantId.of(row.tenant),
        Subscription.of(ContactId.of(row.contact), row.channel, Purpose.of(row.purpose)),
        row.status,
        row.basis,
        row.source,
        new ConsentEvidence(row.wording, row.form, row.ipAddress),
        row.at,
        UserId.of(row.by));
  }

  static ConfirmationEntity write(ConsentConfirmation confirmation) {
    ConfirmationEntity row = new ConfirmationEntity();
    row.tenant = confirmation.tenant().value();
    row.name = confirmation.tokenDigest();
    row.contact = confirmation.subscription().contact().value();
    row.channel = confirmation.subscription().channel();
    row.purpose = confirmation.subscription().purpose().value();
    row.pending = confirmation.pending().value();
    row.expiresAt = StoredInstants.bounded(confirmation.expiresAt());
    row.usedAt =
        confirmation.usedAt() == null ? null : StoredInstants.bounded(confirmation.usedAt());
    return row;
  }

  static ConsentConfirmation read(ConfirmationEntity row) {
    return new ConsentConfirmation(
        TenantId.of(row.tenant),
        row.name,
        Subscription.of(ContactId.of(row.contact), row.channel, Purpose.of(row.purpose)),
        ConsentEntryId.of(row.pending),
        row.expiresAt,
        row.usedAt);
  }

  static SuppressionEntity write(Suppression suppression) {
    SuppressionEntity row = new SuppressionEntity();
    row.tenant = suppression.tenant().value();
    row.kind = suppression.address().kind();
    row.address = suppression.address().value();
    row.reason = suppression.reason();
    row.at = StoredInstants.bounded(suppression.at());
    row.by = suppression.by().value();
    return row;
  }

  static Suppression read(SuppressionEntity row) {
    return new Suppression(
        TenantId.of(row.tenant),
        new SuppressedAddress(row.kind, row.address),
        row.reason,
        row.at,
        UserId.of(row.by));
  }
}
