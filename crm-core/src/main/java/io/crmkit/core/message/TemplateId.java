package io.crmkit.core.message;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a message template: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record TemplateId(UUID value) implements Comparable<TemplateId> {

  public TemplateId {
    requireNonNull(value, "template id");
  }

  /** Returns the template id with the given UUID. */
  public static TemplateId of(UUID value) {
    return new TemplateId(value);
  }

  /**
   * Returns the template id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static TemplateId parse(String text) {
    requireNonNull(text, "template id");
    try {
      return new TemplateId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an template id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(TemplateId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
