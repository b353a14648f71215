package io.crmkit.scoring.segment.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.scoring.segment.Literal;

/** Orders two literals of the same ordered kind (number, date, instant), for {@code between}. */
public final class LiteralOrder {

  private LiteralOrder() {}

  public static int compare(Literal first, Literal second) {
    checkArgument(
        first.getClass() == second.getClass(),
        "cannot order literals of different kinds: %s and %s",
        first,
        second);
    if (first instanceof Literal.NumberLiteral number) {
      return number.value().compareTo(((Literal.NumberLiteral) second).value());
    }
    if (first instanceof Literal.DateLiteral date) {
      return date.value().compareTo(((Literal.DateLiteral) second).value());
    }
    if (first instanceof Literal.InstantLiteral instant) {
      return instant.value().compareTo(((Literal.InstantLiteral) second).value());
    }
    throw new IllegalArgumentException("literals of this kind have no order: " + first);
  }
}
