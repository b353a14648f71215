package io.crmkit.core.company;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a company: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record CompanyId(UUID value) implements Comparable<CompanyId> {

  /** Creates a {@code CompanyId}, checking its components as the type's comment describes. */
  public CompanyId {
    requireNonNull(value, "company id");
  }

  /** Returns the company id with the given UUID. */
  public static CompanyId of(UUID value) {
    return new CompanyId(value);
  }

  /**
   * Returns the company id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static CompanyId parse(String text) {
    requireNonNull(text, "company id");
    try {
      return new CompanyId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a company id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(CompanyId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
