package io.crmkit.scoring.segment.internal;

import io.crmkit.scoring.segment.ComparisonOperator;
import io.crmkit.scoring.segment.FieldType;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The operators of the language and the field types each applies to: the type rules that the parser
 * and the compiler both check.
 */
public enum Operation {
  EQUAL("="),
  NOT_EQUAL("!="),
  LESS("<"),
  LESS_OR_EQUAL("<="),
  GREATER(">"),
  GREATER_OR_EQUAL(">="),
  IN("in"),
  NOT_IN("not in"),
  CONTAINS("contains"),
  STARTS_WITH("starts with"),
  IS_EMPTY("is empty, is not empty"),
  BETWEEN("between"),
  WITHIN_LAST("within last");

  private static final Map<FieldType, Set<Operation>> RULES = rules();

  private final String spelling;

  Operation(String spelling) {
    this.spelling = spelling;
  }

  /** Returns the operator as the language writes it, for error messages. */
  public String spelling() {
    return spelling;
  }

  /** Returns the operation of a comparison operator. */
  public static Operation of(ComparisonOperator operator) {
    return switch (operator) {
      case EQUAL -> EQUAL;
      case NOT_EQUAL -> NOT_EQUAL;
      case LESS -> LESS;
      case LESS_OR_EQUAL -> LESS_OR_EQUAL;
      case GREATER -> GREATER;
      case GREATER_OR_EQUAL -> GREATER_OR_EQUAL;
    };
  }

  /** Whether this operator applies to fields of the type. */
  public boolean appliesTo(FieldType type) {
    return RULES.get(type).contains(this);
  }

  /** Lists the operators of a field type as the language spells them, for error messages. */
  public static String listFor(FieldType type) {
    return RULES.get(type).stream().map(Operation::spelling).collect(Collectors.joining(", "));
  }

  private static Map<FieldType, Set<Operation>> rules() {
    Map<FieldType, Set<Operation>> rules = new EnumMap<>(FieldType.class);
    for (FieldType type : FieldType.values()) {
      rules.put(
          type,
          switch (type) {
            case TEXT -> EnumSet.of(EQUAL, NOT_EQUAL, IN, NOT_IN, CONTAINS, STARTS_WITH, IS_EMPTY);
            case NUMBER, DECIMAL -> ordered();
            case BOOLEAN -> EnumSet.of(EQUAL, NOT_EQUAL, IS_EMPTY);
            case DATE, INSTANT -> withWindow(ordered());
            case CHOICE -> EnumSet.of(EQUAL, NOT_EQUAL, IN, NOT_IN, IS_EMPTY);
            case TEXT_SET -> EnumSet.of(IN, NOT_IN, CONTAINS, IS_EMPTY);
          });
    }
    return rules;
  }

  private static EnumSet<Operation> ordered() {
    return EnumSet.of(
        EQUAL,
        NOT_EQUAL,
        LESS,
        LESS_OR_EQUAL,
        GREATER,
        GREATER_OR_EQUAL,
        IN,
        NOT_IN,
        BETWEEN,
        IS_EMPTY);
  }

  private static EnumSet<Operation> withWindow(EnumSet<Operation> operations) {
    operations.add(WITHIN_LAST);
    return operations;
  }
}
