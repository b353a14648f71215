package io.crmkit.core.privacy;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.contact.ContactId;
import java.time.Instant;
import java.util.List;

/**
 * The receipt of an erasure: which person's data was erased, when, and every record it deleted or
 * anonymised. Carries no personal data, so a host may keep it as proof that the request was
 * honoured.
 *
 * @param contact the erased person's contact id, which no longer exists; never null
 * @param erasedAt when the erasure ran, by the CRM's clock; never null
 * @param records the records deleted or anonymised, in the order they were; never null, copied
 * @since 0.1
 */
public record Erasure(ContactId contact, Instant erasedAt, List<ErasedRecord> records) {

  public Erasure {
    requireNonNull(contact, "contact");
    requireNonNull(erasedAt, "erasedAt");
    records = List.copyOf(records);
  }

  /** Returns the records of {@code kind} that the erasure treated as {@code treatment}. */
  public List<ErasedRecord> records(String kind, ErasedRecord.Treatment treatment) {
    requireNonNull(kind, "kind");
    requireNonNull(treatment, "treatment");
    return records.stream()
        .filter(record -> record.kind().equals(kind) && record.treatment() == treatment)
        .toList();
  }
}
