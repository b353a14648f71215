package io.crmkit.jpa;

/**
 * A failure of the database or of the persistence provider that is no broken business rule: the
 * connection was lost, a statement timed out, the schema does not match. The JPA adapter throws it
 * in place of the provider's exception, which it carries as the cause, so that hosts catch one type
 * of ours and never a raw {@code PersistenceException}.
 *
 * @since 0.1
 */
public final class StorageFailureException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what the adapter was doing
   * @param cause the provider's exception
   */
  public StorageFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
