package io.crmkit.scoring.segment;

/**
 * An operator that matches part of a text: {@code contains} and {@code starts with}. On a
 * multi-valued text field, {@code contains} means "has this element".
 *
 * @since 0.1
 */
public enum TextOperator {
  /** The text holds the literal anywhere ({@code contains}). */
  CONTAINS("contains"),
  /** The text begins with the literal ({@code starts with}). */
  STARTS_WITH("starts with");

  private final String spelling;

  TextOperator(String spelling) {
    this.spelling = spelling;
  }

  /** Returns the operator as the language writes it, for example {@code starts with}. */
  public String spelling() {
    return spelling;
  }
}
