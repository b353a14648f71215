package io.crmkit.spring.boot.internal;

import io.crmkit.core.RecordRef;
import io.crmkit.core.UserId;
import io.crmkit.core.access.AccessPolicy;
import io.crmkit.core.access.Operation;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The access policy of Spring Security's current authentication: a user holding the administrator
 * authority may do everything; any other user may create records and work on records they own
 * (their authentication's name is the owner's id) or that have no owner. An anonymous or
 * unauthenticated caller may do nothing. Calls made without an authentication on the thread (the
 * application's own jobs) are not restricted.
 */
public final class AuthenticationAccessPolicy implements AccessPolicy {

  private final String administratorAuthority;

  public AuthenticationAccessPolicy(String administratorAuthority) {
    this.administratorAuthority = administratorAuthority;
  }

  @Override
  public boolean permits(
      UserId actor, Operation operation, RecordRef target, @Nullable UserId owner) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null) {
      return true;
    }
    if (!authentication.isAuthenticated()
        || authentication instanceof AnonymousAuthenticationToken) {
      return false;
    }
    return isAdministrator(authentication)
        || operation == Operation.CREATE
        || owner == null
        || owner.value().equals(authentication.getName());
  }

  private boolean isAdministrator(Authentication authentication) {
    for (GrantedAuthority authority : authentication.getAuthorities()) {
      if (administratorAuthority.equals(authority.getAuthority())) {
        return true;
      }
    }
    return false;
  }
}
