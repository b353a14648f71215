package io.crmkit.core.ticket;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a ticket: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record TicketId(UUID value) implements Comparable<TicketId> {

  public TicketId {
    requireNonNull(value, "ticket id");
  }

  /** Returns the ticket id with the given UUID. */
  public static TicketId of(UUID value) {
    return new TicketId(value);
  }

  /**
   * Returns the ticket id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static TicketId parse(String text) {
    requireNonNull(text, "ticket id");
    try {
      return new TicketId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a ticket id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(TicketId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
