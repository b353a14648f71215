package io.crmkit.core.lead;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a lead: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record LeadId(UUID value) implements Comparable<LeadId> {

  /** Creates a {@code LeadId}, checking its components as the type's comment describes. */
  public LeadId {
    requireNonNull(value, "lead id");
  }

  /** Returns the lead id with the given UUID. */
  public static LeadId of(UUID value) {
    return new LeadId(value);
  }

  /**
   * Returns the lead id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static LeadId parse(String text) {
    requireNonNull(text, "lead id");
    try {
      return new LeadId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a lead id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(LeadId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
