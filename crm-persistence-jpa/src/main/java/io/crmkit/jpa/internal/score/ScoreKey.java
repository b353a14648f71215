package io.crmkit.jpa.internal.score;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The primary key of a score: tenant and contact. */
final class ScoreKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable UUID contact;

  /** For the persistence provider. */
  ScoreKey() {}

  ScoreKey(String tenant, UUID contact) {
    this.tenant = tenant;
    this.contact = contact;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ScoreKey that
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(contact, that.contact);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, contact);
  }
}
