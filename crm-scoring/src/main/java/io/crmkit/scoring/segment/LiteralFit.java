package io.crmkit.scoring.segment;

/** Whether a literal is a valid value of a field: the type rules of expressions built in code. */
final class LiteralFit {

  private LiteralFit() {}

  static boolean fits(FieldDefinition field, Literal literal) {
    return switch (field.type()) {
      case TEXT, TEXT_SET -> literal instanceof Literal.TextLiteral;
      case CHOICE ->
          literal instanceof Literal.TextLiteral text && field.choices().contains(text.value());
      case NUMBER -> literal instanceof Literal.NumberLiteral number && number.isWholeLong();
      case DECIMAL -> literal instanceof Literal.NumberLiteral;
      case BOOLEAN -> literal instanceof Literal.BooleanLiteral;
      case DATE -> literal instanceof Literal.DateLiteral;
      case INSTANT -> literal instanceof Literal.InstantLiteral;
    };
  }
}
