package io.crmkit.jpa.internal.reason;

import io.crmkit.core.reason.ReasonCatalogue;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The primary key of a reason: tenant, catalogue and code. */
final class ReasonKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable ReasonCatalogue catalogue;
  private @Nullable String code;

  /** For the persistence provider. */
  ReasonKey() {}

  ReasonKey(String tenant, ReasonCatalogue catalogue, String code) {
    this.tenant = tenant;
    this.catalogue = catalogue;
    this.code = code;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReasonKey that
        && Objects.equals(tenant, that.tenant)
        && catalogue == that.catalogue
        && Objects.equals(code, that.code);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, catalogue, code);
  }
}
