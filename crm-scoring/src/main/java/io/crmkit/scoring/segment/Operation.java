package io.crmkit.scoring.segment;

/** The operators of the language, as the type rules of {@link FieldType} see them. */
enum Operation {
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

  private final String spelling;

  Operation(String spelling) {
    this.spelling = spelling;
  }

  String spelling() {
    return spelling;
  }

  static Operation of(ComparisonOperator operator) {
    return switch (operator) {
      case EQUAL -> EQUAL;
      case NOT_EQUAL -> NOT_EQUAL;
      case LESS -> LESS;
      case LESS_OR_EQUAL -> LESS_OR_EQUAL;
      case GREATER -> GREATER;
      case GREATER_OR_EQUAL -> GREATER_OR_EQUAL;
    };
  }
}
