package io.crmkit.core.deal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a deal: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record DealId(UUID value) implements Comparable<DealId> {

  /** Creates a {@code DealId}, checking its components as the type's comment describes. */
  public DealId {
    requireNonNull(value, "deal id");
  }

  /** Returns the deal id with the given UUID. */
  public static DealId of(UUID value) {
    return new DealId(value);
  }

  /**
   * Returns the deal id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static DealId parse(String text) {
    requireNonNull(text, "deal id");
    try {
      return new DealId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a deal id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(DealId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
