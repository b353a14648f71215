package io.crmkit.core;

/**
 * A write based on a stale version of a record: someone else changed it since it was read. The
 * caller reloads and retries.
 *
 * @since 0.1
 */
public final class ConcurrentUpdateException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** The kind of record, such as {@code contact}. */
  private final String kind;

  /** The id of the record. */
  private final String id;

  /** The version the command was given, no longer current. */
  private final long expectedVersion;

  /**
   * @param kind the kind of record, for example {@code contact}
   * @param id the record's id
   * @param expectedVersion the version the writer based its change on
   */
  public ConcurrentUpdateException(String kind, Object id, long expectedVersion) {
    super(
        kind
            + " "
            + id
            + " was changed by someone else: version "
            + expectedVersion
            + " is no longer current");
    this.kind = kind;
    this.id = String.valueOf(id);
    this.expectedVersion = expectedVersion;
  }

  /** Returns the kind of record that was written. */
  public String kind() {
    return kind;
  }

  /** Returns the id of the record that was written. */
  public String id() {
    return id;
  }

  /** Returns the version the writer expected to replace. */
  public long expectedVersion() {
    return expectedVersion;
  }
}
