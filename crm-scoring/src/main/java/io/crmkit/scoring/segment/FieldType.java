package io.crmkit.scoring.segment;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

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
  /** Free text; the subject returns a {@link String}. */
  TEXT(
      "text",
      EnumSet.of(
          Operation.EQUAL,
          Operation.NOT_EQUAL,
          Operation.IN,
          Operation.NOT_IN,
          Operation.CONTAINS,
          Operation.STARTS_WITH,
          Operation.IS_EMPTY)),
  /** A whole number; the subject returns a {@link Long} (or {@link Integer}). */
  NUMBER("number", ordered()),
  /** A decimal number such as an amount; the subject returns a {@link java.math.BigDecimal}. */
  DECIMAL("decimal", ordered()),
  /** Yes or no; the subject returns a {@link Boolean}. */
  BOOLEAN("boolean", EnumSet.of(Operation.EQUAL, Operation.NOT_EQUAL, Operation.IS_EMPTY)),
  /** A calendar date; the subject returns a {@link java.time.LocalDate}. */
  DATE("date", withWindow(ordered())),
  /** A point in time; the subject returns an {@link java.time.Instant}. */
  INSTANT("instant", withWindow(ordered())),
  /**
   * One of a fixed set of text values declared with the field, such as a lifecycle stage; the
   * subject returns a {@link String}.
   */
  CHOICE(
      "choice",
      EnumSet.of(
          Operation.EQUAL,
          Operation.NOT_EQUAL,
          Operation.IN,
          Operation.NOT_IN,
          Operation.IS_EMPTY)),
  /**
   * Several text values, such as interests; the subject returns a {@link Set} of strings. {@code
   * contains} tests for one element, {@code in} for any of several.
   */
  TEXT_SET(
      "multi-valued text",
      EnumSet.of(Operation.IN, Operation.NOT_IN, Operation.CONTAINS, Operation.IS_EMPTY));

  private final String label;
  private final Set<Operation> operations;

  FieldType(String label, Set<Operation> operations) {
    this.label = label;
    this.operations = operations;
  }

  private static EnumSet<Operation> ordered() {
    return EnumSet.of(
        Operation.EQUAL,
        Operation.NOT_EQUAL,
        Operation.LESS,
        Operation.LESS_OR_EQUAL,
        Operation.GREATER,
        Operation.GREATER_OR_EQUAL,
        Operation.IN,
        Operation.NOT_IN,
        Operation.BETWEEN,
        Operation.IS_EMPTY);
  }

  private static EnumSet<Operation> withWindow(EnumSet<Operation> operations) {
    operations.add(Operation.WITHIN_LAST);
    return operations;
  }

  /** Returns the name of the type as error messages show it, for example {@code date}. */
  public String label() {
    return label;
  }

  boolean allows(Operation operation) {
    return operations.contains(operation);
  }

  /** Lists the operators of this type as the language spells them, for error messages. */
  String operatorList() {
    return operations.stream().map(Operation::spelling).collect(Collectors.joining(", "));
  }
}
