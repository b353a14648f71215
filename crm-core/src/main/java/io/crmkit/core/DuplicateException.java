package io.crmkit.core;

import io.crmkit.core.internal.Quoted;

/**
 * A unique key within a tenant is already taken, for example a contact's primary email.
 *
 * @since 0.1
 */
public final class DuplicateException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** The kind of record, such as {@code contact}. */
  private final String kind;

  /** The unique key that is taken, such as {@code primaryEmail}. */
  private final String key;

  /** The value of the key. */
  private final String value;

  /** The id of the record that holds the value. */
  private final String existingId;

  /**
   * @param kind the kind of record, for example {@code contact}
   * @param key the unique key, for example {@code primaryEmail}
   * @param value the value that is taken
   * @param existingId the id of the record that holds it
   */
  public DuplicateException(String kind, String key, Object value, Object existingId) {
    super(kind + " " + key + " " + Quoted.of(value) + " is already taken by " + existingId);
    this.kind = kind;
    this.key = key;
    this.value = String.valueOf(value);
    this.existingId = String.valueOf(existingId);
  }

  /** Returns the kind of record. */
  public String kind() {
    return kind;
  }

  /** Returns the name of the unique key. */
  public String key() {
    return key;
  }

  /** Returns the value that is taken. */
  public String value() {
    return value;
  }

  /** Returns the id of the record that already holds the value. */
  public String existingId() {
    return existingId;
  }
}
