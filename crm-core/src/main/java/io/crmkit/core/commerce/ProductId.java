package io.crmkit.core.commerce;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a product: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record ProductId(UUID value) implements Comparable<ProductId> {

  public ProductId {
    requireNonNull(value, "product id");
  }

  /** Returns the product id with the given UUID. */
  public static ProductId of(UUID value) {
    return new ProductId(value);
  }

  /**
   * Returns the product id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static ProductId parse(String text) {
    requireNonNull(text, "product id");
    try {
      return new ProductId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not a product id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(ProductId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
