package io.crmkit.spring.boot;

/**
 * Thrown when the current request carries no tenant and user the {@link TenantResolver} can find:
 * the request cannot be served from the CRM (a host typically answers it with 401).
 *
 * @since 0.1
 */
public final class CrmIdentityMissingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public CrmIdentityMissingException() {
    super("the current request names no CRM tenant and user");
  }
}
