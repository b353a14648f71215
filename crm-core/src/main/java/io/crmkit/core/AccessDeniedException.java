package io.crmkit.core;

/**
 * The host's access policy refused an operation; nothing was changed.
 *
 * @since 0.1
 */
public final class AccessDeniedException extends CrmException {

  private static final long serialVersionUID = 1L;

  /**
   * @param actor who asked
   * @param action what they asked to do, for example {@code update}
   * @param target the record, for example {@code contact 0190...}
   */
  public AccessDeniedException(UserId actor, String action, String target) {
    super(actor + " may not " + action + " " + target);
  }
}
