package io.crmkit.core.sequence;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a contact's enrollment in a sales sequence: a time-ordered UUID, unique within
 * its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record EnrollmentId(UUID value) implements Comparable<EnrollmentId> {

  public EnrollmentId {
    requireNonNull(value, "enrollment id");
  }

  /** Returns the id with the given UUID. */
  public static EnrollmentId of(UUID value) {
    return new EnrollmentId(value);
  }

  @Override
  public int compareTo(EnrollmentId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
