package io.crmkit.spring.boot;

import io.crmkit.spring.boot.internal.RequestHeaders;
import java.util.Optional;

/**
 * The host's rule for which tenant and user the current request acts as: from a header, the
 * request's host name, the security context, a session. Define one as a bean and inject {@link
 * CrmFactory}: its {@link CrmFactory#current()} opens the CRM for the resolved identity once per
 * request.
 *
 * <pre>{@code
 * @Bean
 * TenantResolver tenants() {
 *   return TenantResolver.fromHeaders("X-Tenant", "X-User");
 * }
 * }</pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface TenantResolver {

  /**
   * Returns who the current request acts as, or empty when it carries no identity (the request is
   * then refused by {@link CrmFactory#current()}). It is called on the request's thread, where
   * Spring's request and security contexts are bound.
   *
   * @return the identity, or empty
   * @throws IllegalArgumentException when the request names an invalid tenant or user id
   */
  Optional<CrmIdentity> resolve();

  /**
   * Returns a resolver that reads the tenant and the user from two headers of the current HTTP
   * request (Spring Web on the class path); a request without either header has no identity. Trust
   * such headers only behind a gateway that sets them.
   *
   * @param tenantHeader the header naming the tenant, never null
   * @param userHeader the header naming the user, never null
   */
  static TenantResolver fromHeaders(String tenantHeader, String userHeader) {
    return new RequestHeaders(tenantHeader, userHeader);
  }
}
