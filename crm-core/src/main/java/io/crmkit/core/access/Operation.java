package io.crmkit.core.access;

/**
 * What an actor asks to do with a record, as an {@link AccessPolicy} sees it.
 *
 * @since 0.1
 */
public enum Operation {
  READ,
  CREATE,
  UPDATE,
  DELETE
}
