package io.crmkit.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of a row named within its tenant ({@code tenant_id} and a name column): a segment
 * or a static list by its name, a subscription type by its purpose, a double opt-in confirmation by
 * its token's digest. The entity's key attributes are {@code tenant} and {@code name}.
 */
public final class TenantScopedName implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable String name;

  /** For the persistence provider. */
  public TenantScopedName() {}

  /**
   * @param tenant the tenant's key
   * @param name the row's name within the tenant
   */
  public TenantScopedName(String tenant, String name) {
    this.tenant = tenant;
    this.name = name;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TenantScopedName that
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(name, that.name);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, name);
  }

  @Override
  public String toString() {
    return tenant + "/" + name;
  }
}
