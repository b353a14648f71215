package io.crmkit.jpa.internal.automation;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The primary key of a due item: tenant and idempotency key. */
final class DueItemKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable String key;

  /** For the persistence provider. */
  DueItemKey() {}

  DueItemKey(String tenant, String key) {
    this.tenant = tenant;
    this.key = key;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DueItemKey that
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(key, that.key);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, key);
  }
}
