package io.crmkit.jpa.internal.consent;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of a row named within its tenant: a confirmation by its token's digest, a
 * subscription type by its purpose.
 */
final class NamedKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable String name;

  /** For the persistence provider. */
  NamedKey() {}

  NamedKey(String tenant, String name) {
    this.tenant = tenant;
    this.name = name;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof NamedKey that
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, name);
  }
}
