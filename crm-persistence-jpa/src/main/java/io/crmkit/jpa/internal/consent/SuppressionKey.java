package io.crmkit.jpa.internal.consent;

import io.crmkit.core.consent.SuppressionKind;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The primary key of a suppression-list entry: tenant, kind and normalised address. */
final class SuppressionKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable SuppressionKind kind;
  private @Nullable String address;

  /** For the persistence provider. */
  SuppressionKey() {}

  SuppressionKey(String tenant, SuppressionKind kind, String address) {
    this.tenant = tenant;
    this.kind = kind;
    this.address = address;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof SuppressionKey that
        && Objects.equals(tenant, that.tenant)
        && kind == that.kind
        && Objects.equals(address, that.address);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, kind, address);
  }
}
