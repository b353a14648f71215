package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import org.jspecify.annotations.Nullable;

/**
 * One reason why one field's value was refused.
 *
 * @param field the path of the field, for example {@code emails[1]} or {@code customFields.size}
 * @param value the offending value as given, or null when the value was missing; at most 64
 *     characters of it are kept (the last one {@code …} when it was longer), with control
 *     characters, format characters and lone surrogates written as {@code \}{@code uXXXX}, so that
 *     a hostile value never reaches a report or a message whole
 * @param reason what is wrong with it, in words a user can act on
 * @since 0.1
 */
public record FieldError(String field, @Nullable String value, String reason) {

  /** Creates a {@code FieldError}, checking its components as the type's comment describes. */
  public FieldError {
    requireNonNull(field, "field");
    requireNonNull(reason, "reason");
    checkArgument(!field.isBlank(), "field must not be blank");
    value = value == null ? null : Quoted.shown(value);
  }

  /** Returns the error for {@code field}, whose value {@code value} breaks {@code reason}. */
  public static FieldError of(String field, @Nullable Object value, String reason) {
    return new FieldError(field, value == null ? null : Quoted.shown(value), reason);
  }

  /**
   * Returns this error as found in the part {@code path} of a larger input, for example {@code
   * contacts[3]}: its field becomes {@code contacts[3].customFields.size}.
   */
  public FieldError within(String path) {
    requireNonNull(path, "path");
    checkArgument(!path.isBlank(), "path must not be blank");
    return new FieldError(path + "." + field, value, reason);
  }

  @Override
  public String toString() {
    return value == null ? field + ": " + reason : field + " '" + value + "': " + reason;
  }
}
