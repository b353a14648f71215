package io.crmkit.core.customfield;

/**
 * The kind of value a custom field holds, which decides how its value is checked, stored as text
 * and shown.
 *
 * @since 0.1
 */
public enum CustomFieldType {
  /** Free text. */
  TEXT,
  /** A whole number (64-bit). */
  NUMBER,
  /** An exact decimal number. */
  DECIMAL,
  /** Yes or no. */
  BOOLEAN,
  /** A calendar date without time or zone. */
  DATE,
  /** An instant on the time line. */
  DATETIME,
  /** Exactly one of the definition's options. */
  SINGLE_SELECT,
  /** One or more of the definition's options. */
  MULTI_SELECT,
  /** An absolute http or https URL. */
  URL,
  /** An email address. */
  EMAIL,
  /** A phone number. */
  PHONE;

  /** Returns whether values of this type are chosen from a definition's options. */
  public boolean hasOptions() {
    return this == SINGLE_SELECT || this == MULTI_SELECT;
  }
}
