package io.crmkit.jpa.internal;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The primary key of every aggregate row: the tenant and the aggregate's id. Keying rows by tenant
 * first keeps one tenant's rows together and lets a database shard by tenant.
 */
public final class TenantScopedId implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable UUID id;

  /** For the persistence provider. */
  public TenantScopedId() {}

  /**
   * @param tenant the tenant's key
   * @param id the aggregate's id
   */
  public TenantScopedId(String tenant, UUID id) {
    this.tenant = tenant;
    this.id = id;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof TenantScopedId that
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, id);
  }

  @Override
  public String toString() {
    return tenant + "/" + id;
  }
}
