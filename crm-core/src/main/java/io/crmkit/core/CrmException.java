package io.crmkit.core;

/**
 * A broken business rule: the caller's request was well formed, but the CRM's state does not allow
 * it. Subclasses carry the ids involved.
 *
 * @since 0.1
 */
public abstract class CrmException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception of a broken rule.
   *
   * @param message what was refused and why, naming the records involved
   */
  protected CrmException(String message) {
    super(message);
  }

  /**
   * Creates the exception of a broken rule that another failure revealed.
   *
   * @param message what was refused and why, naming the records involved
   * @param cause the failure that revealed it
   */
  protected CrmException(String message, Throwable cause) {
    super(message, cause);
  }
}
