package io.crmkit.core.consent;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of one entry of the consent ledger: a time-ordered UUID, so that entries sort in the
 * order they were recorded.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record ConsentEntryId(UUID value) implements Comparable<ConsentEntryId> {

  /** Creates an entry id. */
  public ConsentEntryId {
    requireNonNull(value, "consent entry id");
  }

  /** Returns the entry id with the given UUID. */
  public static ConsentEntryId of(UUID value) {
    return new ConsentEntryId(value);
  }

  @Override
  public int compareTo(ConsentEntryId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
