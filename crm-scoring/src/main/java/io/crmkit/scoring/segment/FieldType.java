package io.crmkit.scoring.segment;

/**
 * The type of a field that segments can filter on; it decides which operators apply and how a
 * literal is read.
 *
 * <p>The Java type that a {@link SegmentSubject} returns for each field type is listed with each
 * constant.
 *
 * @since 0.1
 */
public enum FieldType {
  /**
   * Free text; the subject returns a {@link String}. Takes {@code =}, {@code !=}, {@code in},
   * {@code not in}, {@code contains}, {@code starts with} and {@code is empty}.
   */
  TEXT("text"),
  /**
   * A whole number; the subject returns a {@link Long} (or {@link Integer}). Takes the comparisons,
   * {@code in}, {@code not in}, {@code between} and {@code is empty}.
   */
  NUMBER("number"),
  /**
   * A decimal number such as an amount; the subject returns a {@link java.math.BigDecimal}. Takes
   * what a number takes.
   */
  DECIMAL("decimal"),
  /**
   * Yes or no; the subject returns a {@link Boolean}. Takes {@code =}, {@code !=} and {@code is
   * empty}.
   */
  BOOLEAN("boolean"),
  /**
   * A calendar date; the subject returns a {@link java.time.LocalDate}. Takes what a number takes
   * and {@code within last}.
   */
  DATE("date"),
  /**
   * A point in time; the subject returns an {@link java.time.Instant}. Takes what a number takes
   * and {@code within last}.
   */
  INSTANT("instant"),
  /**
   * One of a fixed set of text values declared with the field, such as a lifecycle stage; the
   * subject returns a {@link String}. Takes {@code =}, {@code !=}, {@code in}, {@code not in} and
   * {@code is empty}.
   */
  CHOICE("choice"),
  /**
   * Several text values, such as interests; the subject returns a {@link java.util.Set} of strings.
   * {@code contains} tests for one element, {@code in} for any of several; it also takes {@code not
   * in} and {@code is empty}.
   */
  TEXT_SET("multi-valued text");

  private final String label;

  FieldType(String label) {
    this.label = label;
  }

  /** Returns the name of the type as error messages show it, for example {@code date}. */
  public String label() {
    return label;
  }
}
