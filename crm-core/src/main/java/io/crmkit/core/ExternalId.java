package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.regex.Pattern;

/**
 * A record's key in another system (an ERP customer number, a web shop account), used to upsert
 * from that system. Unique per system within a tenant.
 *
 * @param system the other system's name, lower case letters, digits, {@code -} and {@code _}, 1 to
 *     32 characters, for example {@code erp}
 * @param value the key in that system, 1 to 128 characters, an identifier: no control character,
 *     bidi control or zero-width character, no white space at either end
 * @since 0.1
 */
public record ExternalId(String system, String value) {

  private static final Pattern SYSTEM = Pattern.compile("[a-z0-9_-]{1,32}");

  /** Creates an {@code ExternalId}, checking its components as the type's comment describes. */
  public ExternalId {
    requireNonNull(system, "external id system");
    requireNonNull(value, "external id value");
    checkArgument(
        SYSTEM.matcher(system).matches(),
        "external id system must be 1 to 32 lower-case letters, digits, '_' or '-': %s",
        Quoted.of(system));
    checkArgument(
        !value.isEmpty() && value.length() <= 128,
        "external id value must be 1 to 128 characters: %s",
        Quoted.of(value));
    TextPolicy.check("external id value", value, TextPolicy.Kind.IDENTIFIER);
  }

  /** Returns the key {@code value} in {@code system}. */
  public static ExternalId of(String system, String value) {
    return new ExternalId(system, value);
  }

  /** Returns {@code system:value}, the form used as an index key. */
  public String key() {
    return system + ':' + value;
  }

  @Override
  public String toString() {
    return key();
  }
}
