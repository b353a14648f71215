package io.crmkit.jpa.segment;

import io.crmkit.scoring.segment.Literal;

/** The Java value of a segment literal, before it is bound as a query parameter. */
final class LiteralValues implements Literal.Visitor<Object> {

  private static final LiteralValues INSTANCE = new LiteralValues();

  private LiteralValues() {}

  static Object of(Literal literal) {
    return literal.accept(INSTANCE);
  }

  @Override
  public Object visitText(Literal.TextLiteral literal) {
    return literal.value();
  }

  @Override
  public Object visitNumber(Literal.NumberLiteral literal) {
    return literal.value();
  }

  @Override
  public Object visitBoolean(Literal.BooleanLiteral literal) {
    return literal.value();
  }

  @Override
  public Object visitDate(Literal.DateLiteral literal) {
    return literal.value();
  }

  @Override
  public Object visitInstant(Literal.InstantLiteral literal) {
    return literal.value();
  }
}
