package io.crmkit.jpa.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * A unique constraint of the schema with the domain key it enforces, so that a violation the
 * database reports can be told to the host as the {@code DuplicateException} of that key.
 *
 * @param name the constraint's name in the migrations, lower case
 * @param kind the kind of record ({@code contact})
 * @param key the domain key ({@code primaryEmail})
 */
public record UniqueConstraint(String name, String kind, String key) {

  public UniqueConstraint {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(key, "key");
    checkArgument(
        name.equals(name.toLowerCase(Locale.ROOT)) && name.startsWith("crm_"),
        "constraint name must be lower case and start with crm_: '%s'",
        name);
  }
}
