package io.crmkit.core;

/**
 * A change was asked of an archived record; archived records are read-only until unarchived.
 *
 * @since 0.1
 */
public final class ArchivedRecordException extends CrmException {

  private static final long serialVersionUID = 1L;

  /**
   * @param kind the kind of record, for example {@code contact}
   * @param id its id
   */
  public ArchivedRecordException(String kind, Object id) {
    super(kind + " " + id + " is archived: restore it before changing it");
  }
}
