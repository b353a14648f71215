package io.crmkit.core;

/**
 * A record that the caller named by id does not exist in the current tenant (or was deleted).
 *
 * @since 0.1
 */
public final class NotFoundException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** The kind of record, such as {@code contact}. */
  private final String kind;

  /** The id that names no record of the tenant. */
  private final String id;

  /**
   * @param kind the kind of record, for example {@code contact}
   * @param id the id that was looked for
   */
  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " not found");
    this.kind = kind;
    this.id = String.valueOf(id);
  }

  /** Returns the kind of record that was looked for. */
  public String kind() {
    return kind;
  }

  /** Returns the id that was looked for. */
  public String id() {
    return id;
  }
}
