package io.crmkit.spring.boot;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;

/**
 * Who a request acts as in the CRM: the tenant whose records it sees and the user it acts as (the
 * owner of what it creates, the actor the access policy is asked about).
 *
 * @param tenant the tenant, never null
 * @param user the acting user, never null
 * @since 0.1
 */
public record CrmIdentity(TenantId tenant, UserId user) {

  /** Checks that neither part is null. */
  public CrmIdentity {
    requireNonNull(tenant, "tenant");
    requireNonNull(user, "user");
  }

  /**
   * Returns the identity of a tenant and user given as text.
   *
   * @throws IllegalArgumentException when either is not a valid id
   */
  public static CrmIdentity of(String tenant, String user) {
    return new CrmIdentity(TenantId.of(tenant), UserId.of(user));
  }
}
