package io.crmkit.jpa.internal.ticket;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The primary key of an SLA policy's row: tenant and position. */
final class SlaPolicyKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private int position;

  /** For the persistence provider. */
  SlaPolicyKey() {}

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SlaPolicyKey that
        && Objects.equals(tenant, that.tenant)
        && position == that.position;
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, position);
  }
}
