package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;

/**
 * A reference to any CRM record by kind and id, for links that cross features (a task about a deal,
 * an activity on a ticket) without one feature reaching into another.
 *
 * @param type the kind of record
 * @param id the record's id as text, 1 to 64 characters, an identifier
 * @since 0.1
 */
public record RecordRef(RecordType type, String id) {

  /** Creates a {@code RecordRef}, checking its components as the type's comment describes. */
  public RecordRef {
    requireNonNull(type, "record type");
    requireNonNull(id, "record id");
    checkArgument(
        !id.isEmpty() && id.length() <= 64,
        "record id must be 1 to 64 characters: %s",
        Quoted.of(id));
    TextPolicy.check("record id", id, TextPolicy.Kind.IDENTIFIER);
  }

  /** Returns the reference to the record of {@code type} with {@code id}. */
  public static RecordRef of(RecordType type, Object id) {
    return new RecordRef(type, String.valueOf(id));
  }

  @Override
  public String toString() {
    return type.name().toLowerCase(java.util.Locale.ROOT) + ' ' + id;
  }
}
