package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.util.UUID;

/**
 * A key value found in an aggregate's key table, with the id of the aggregate that holds it: what a
 * uniqueness check reports when a key is taken.
 *
 * @param value the key value as stored
 * @param holder the id of the aggregate that holds it
 */
public record HeldKey(String value, UUID holder) {

  public HeldKey {
    requireNonNull(value, "value");
    requireNonNull(holder, "holder");
  }
}
