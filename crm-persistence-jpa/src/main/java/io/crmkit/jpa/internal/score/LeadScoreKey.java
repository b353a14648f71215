package io.crmkit.jpa.internal.score;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The primary key of a lead score: tenant and lead. */
final class LeadScoreKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable UUID lead;

  /** For the persistence provider. */
  LeadScoreKey() {}

  LeadScoreKey(String tenant, UUID lead) {
    this.tenant = tenant;
    this.lead = lead;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LeadScoreKey that
        && Objects.equals(tenant, that.tenant)
        && Objects.equals(lead, that.lead);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, lead);
  }
}
