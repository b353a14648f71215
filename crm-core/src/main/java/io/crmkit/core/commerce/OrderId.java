package io.crmkit.core.commerce;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of an order: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record OrderId(UUID value) implements Comparable<OrderId> {

  public OrderId {
    requireNonNull(value, "order id");
  }

  /** Returns the order id with the given UUID. */
  public static OrderId of(UUID value) {
    return new OrderId(value);
  }

  /**
   * Returns the order id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static OrderId parse(String text) {
    requireNonNull(text, "order id");
    try {
      return new OrderId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an order id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(OrderId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
