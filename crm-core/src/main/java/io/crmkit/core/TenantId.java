package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.util.regex.Pattern;

/**
 * The identifier of a tenant: one customer of the host application whose CRM data is isolated from
 * every other tenant's.
 *
 * <p>A tenant id is 1 to 64 characters of letters, digits, {@code -}, {@code _} or {@code .}, so
 * that it can be stored as a key column and appear in log lines without escaping.
 *
 * @param value the tenant key, never null
 * @since 0.1
 */
public record TenantId(String value) {

  private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  /** Creates a {@code TenantId}, checking its components as the type's comment describes. */
  public TenantId {
    requireNonNull(value, "tenant id");
    checkArgument(
        FORMAT.matcher(value).matches(),
        "tenant id must be 1 to 64 letters, digits, '.', '_' or '-': %s",
        Quoted.of(value));
  }

  /** Returns the tenant id with the given key. */
  public static TenantId of(String value) {
    return new TenantId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
