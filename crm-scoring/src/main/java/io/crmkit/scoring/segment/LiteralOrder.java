package io.crmkit.scoring.segment;

import static com.google.common.base.Preconditions.checkArgument;

/** Orders two literals of the same kind, for the bounds of {@code between}. */
final class LiteralOrder {

  private LiteralOrder() {}

  static int compare(Literal first, Literal second) {
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
    if (first instanceof Literal.TextLiteral text) {
      return text.value().compareTo(((Literal.TextLiteral) second).value());
    }
    return Boolean.compare(
        ((Literal.BooleanLiteral) first).value(), ((Literal.BooleanLiteral) second).value());
  }
}
