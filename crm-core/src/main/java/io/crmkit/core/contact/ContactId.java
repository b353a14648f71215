package io.crmkit.core.contact;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a contact: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record ContactId(UUID value) implements Comparable<ContactId> {

  /** Creates a {@code ContactId}, checking its components as the type's comment describes. */
  public ContactId {
    requireNonNull(value, "contact id");
  }

  /** Returns the contact id with the given UUID. */
  public static ContactId of(UUID value) {
    return new ContactId(value);
  }

  /**
   * Returns the contact id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static ContactId parse(String text) {
    requireNonNull(text, "contact id");
    try {
      return new ContactId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a contact id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(ContactId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
