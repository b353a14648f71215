package io.crmkit.core.sequence;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a sales sequence: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record SequenceId(UUID value) implements Comparable<SequenceId> {

  public SequenceId {
    requireNonNull(value, "sequence id");
  }

  /** Returns the id with the given UUID. */
  public static SequenceId of(UUID value) {
    return new SequenceId(value);
  }

  @Override
  public int compareTo(SequenceId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
