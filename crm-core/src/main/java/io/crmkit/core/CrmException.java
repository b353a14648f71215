package io.crmkit.core;

/**
 * A broken business rule: the caller's request was well formed, but the CRM's state does not allow
 * it. Subclasses carry the ids involved.
 *
 * @since 0.1
 */
public abstract class CrmException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected CrmException(String message) {
    super(message);
  }

  protected CrmException(String message, Throwable cause) {
    super(message, cause);
  }
}
