package io.crmkit.scoring.segment.internal;

import io.crmkit.scoring.segment.Literal;

/** The Java value of each kind of literal, for {@link Literal#javaValue()}. */
public enum LiteralValues implements Literal.Visitor<Comparable<?>> {
  INSTANCE;

  @Override
  public Comparable<?> visitText(Literal.TextLiteral literal) {
    return literal.value();
  }

  @Override
  public Comparable<?> visitNumber(Literal.NumberLiteral literal) {
    return literal.value();
  }

  @Override
  public Comparable<?> visitBoolean(Literal.BooleanLiteral literal) {
    return literal.value();
  }

  @Override
  public Comparable<?> visitDate(Literal.DateLiteral literal) {
    return literal.value();
  }

  @Override
  public Comparable<?> visitInstant(Literal.InstantLiteral literal) {
    return literal.value();
  }
}
