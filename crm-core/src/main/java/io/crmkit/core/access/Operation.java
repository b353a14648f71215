package io.crmkit.core.access;

/**
 * What an actor asks to do with a record, as an {@link AccessPolicy} sees it.
 *
 * @since 0.1
 */
public enum Operation {
  /** Reading the record, or finding it in a search. */
  READ,
  /** Creating a record. */
  CREATE,
  /** Changing a record: its details, owner, stage or status. */
  UPDATE,
  /** Removing a record for good. */
  DELETE
}
