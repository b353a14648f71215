package io.crmkit.spring.boot.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.spring.boot.CrmIdentity;
import io.crmkit.spring.boot.TenantResolver;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Resolves the tenant and user from two headers of the current servlet request. */
public final class RequestHeaders implements TenantResolver {

  private final String tenantHeader;
  private final String userHeader;

  public RequestHeaders(String tenantHeader, String userHeader) {
    this.tenantHeader = requireNonNull(tenantHeader, "tenantHeader");
    this.userHeader = requireNonNull(userHeader, "userHeader");
  }

  @Override
  public Optional<CrmIdentity> resolve() {
    if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes bound)) {
      return Optional.empty();
    }
    HttpServletRequest request = bound.getRequest();
    String tenant = request.getHeader(tenantHeader);
    String user = request.getHeader(userHeader);
    if (tenant == null || user == null) {
      return Optional.empty();
    }
    return Optional.of(CrmIdentity.of(tenant, user));
  }
}
