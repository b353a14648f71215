package io.crmkit.spring.boot;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Opens the application's CRM for a tenant and a user: the one the current request resolves to
 * ({@link #current()}), one a job names ({@link #open}), or the configured default tenant ({@link
 * #defaultTenant()}). Every CRM it opens shares one storage, clock, calendar and policies.
 *
 * @since 0.1
 */
public final class CrmFactory {

  private final Crm base;
  private final @Nullable TenantResolver resolver;

  /**
   * @param base the CRM of the default tenant and actor, whose storage and policies every CRM
   *     opened here shares; never null
   * @param resolver the host's rule for the current request's identity, or null when the
   *     application has one tenant
   */
  public CrmFactory(Crm base, @Nullable TenantResolver resolver) {
    this.base = requireNonNull(base, "base");
    this.resolver = resolver;
  }

  /** Returns the CRM of the configured default tenant, acting as the configured actor. */
  public Crm defaultTenant() {
    return base;
  }

  /** Returns the CRM opened for {@code tenant}, acting as {@code user}. */
  public Crm open(TenantId tenant, UserId user) {
    return base.forTenant(tenant, user);
  }

  /** Returns the CRM opened for {@code identity}. */
  public Crm open(CrmIdentity identity) {
    return open(identity.tenant(), identity.user());
  }

  /**
   * Returns the CRM for the tenant and user the {@link TenantResolver} finds for the current
   * request, or the default tenant's when the application defines no resolver.
   *
   * @throws CrmIdentityMissingException when the resolver finds no identity
   */
  public Crm current() {
    if (resolver == null) {
      return base;
    }
    return open(resolver.resolve().orElseThrow(CrmIdentityMissingException::new));
  }
}
