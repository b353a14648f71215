package io.crmkit.scoring.segment;

/**
 * An operator that compares a field's value with one literal: equality, inequality and order.
 *
 * @since 0.1
 */
public enum ComparisonOperator {
  EQUAL("="),
  NOT_EQUAL("!="),
  LESS("<"),
  LESS_OR_EQUAL("<="),
  GREATER(">"),
  GREATER_OR_EQUAL(">=");

  private final String symbol;

  ComparisonOperator(String symbol) {
    this.symbol = symbol;
  }

  /** Returns the operator as the language writes it, for example {@code <=}. */
  public String symbol() {
    return symbol;
  }
}
