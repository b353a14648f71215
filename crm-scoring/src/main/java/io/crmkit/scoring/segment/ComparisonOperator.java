package io.crmkit.scoring.segment;

/**
 * An operator that compares a field's value with one literal: equality, inequality and order.
 *
 * @since 0.1
 */
public enum ComparisonOperator {
  /** Equal to the literal ({@code =}). */
  EQUAL("="),
  /** Different from the literal ({@code !=}). */
  NOT_EQUAL("!="),
  /** Before or below the literal ({@code <}). */
  LESS("<"),
  /** Not after nor above the literal ({@code <=}). */
  LESS_OR_EQUAL("<="),
  /** After or above the literal ({@code >}). */
  GREATER(">"),
  /** Not before nor below the literal ({@code >=}). */
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
