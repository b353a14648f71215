package io.crmkit.core.campaign;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of one contact's place in one campaign (a {@link Recipient}): a time-ordered UUID,
 * unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record RecipientId(UUID value) implements Comparable<RecipientId> {

  public RecipientId {
    requireNonNull(value, "recipient id");
  }

  /** Returns the recipient id with the given UUID. */
  public static RecipientId of(UUID value) {
    return new RecipientId(value);
  }

  /**
   * Returns the recipient id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static RecipientId parse(String text) {
    requireNonNull(text, "recipient id");
    try {
      return new RecipientId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a recipient id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(RecipientId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
