package io.crmkit.scoring.segment.internal;

import io.crmkit.scoring.segment.FieldDefinition;
import io.crmkit.scoring.segment.Literal;
import java.math.BigDecimal;

/** Whether a literal is a valid value of a field: the type rules of expressions built in code. */
final class LiteralFit {

  private LiteralFit() {}

  static boolean fits(FieldDefinition field, Literal literal) {
    return switch (field.type()) {
      case TEXT, TEXT_SET -> literal instanceof Literal.TextLiteral;
      case CHOICE ->
          literal instanceof Literal.TextLiteral text && field.choices().contains(text.value());
      case NUMBER -> literal instanceof Literal.NumberLiteral number && isWholeLong(number);
      case DECIMAL -> literal instanceof Literal.NumberLiteral;
      case BOOLEAN -> literal instanceof Literal.BooleanLiteral;
      case DATE -> literal instanceof Literal.DateLiteral;
      case INSTANT -> literal instanceof Literal.InstantLiteral;
    };
  }

  /** Whether the number is written without a fractional part and fits a {@code long}. */
  static boolean isWholeLong(Literal.NumberLiteral number) {
    BigDecimal value = number.value();
    return value.scale() == 0
        && value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
        && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
  }
}
