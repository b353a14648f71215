package io.crmkit.scoring.segment.internal;

import io.crmkit.core.internal.Numbers;
import io.crmkit.scoring.segment.FieldDefinition;
import io.crmkit.scoring.segment.Literal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads a value token as a literal of the type of the field it is compared with. */
public final class LiteralReader {

  /** Digits beyond this cannot be a valid number; checked before parsing to bound the work. */
  private static final int MAX_NUMBER_CHARACTERS = 2 * Literal.NumberLiteral.MAX_DIGITS + 2;

  private LiteralReader() {}

  /** Returns the literal, or empty when the token is not a valid value for the field. */
  public static Optional<Literal> read(FieldDefinition field, Token token) {
    return switch (field.type()) {
      case TEXT, TEXT_SET -> text(token).map(Literal::of);
      case CHOICE -> text(token).filter(field.choices()::contains).map(Literal::of);
      case NUMBER -> number(token).filter(LiteralFit::isWholeLong).map(Literal.class::cast);
      case DECIMAL -> number(token).map(Literal.class::cast);
      case BOOLEAN -> bool(token);
      case DATE -> text(token).flatMap(LiteralReader::date);
      case INSTANT -> text(token).flatMap(LiteralReader::instant);
    };
  }

  /** Describes the values the field accepts, for an error message. */
  public static String expectation(FieldDefinition field) {
    String name = " for " + field.type().label() + " field '" + field.name() + "'";
    return switch (field.type()) {
      case TEXT, TEXT_SET -> "a text" + name;
      case CHOICE ->
          "one of "
              + field.choices().stream().map(LiteralText::quote).collect(Collectors.joining(", "))
              + name;
      case NUMBER -> "a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE + name;
      case DECIMAL ->
          "a number of at most "
              + Numbers.DECIMAL_INTEGER_DIGITS
              + " digits before the point and "
              + Numbers.DECIMAL_FRACTION_DIGITS
              + " after"
              + name;
      case BOOLEAN -> "true or false" + name;
      case DATE -> "a date \"yyyy-mm-dd\" in the years 1 to 9999" + name;
      case INSTANT ->
          "an instant \"yyyy-mm-ddThh:mm:ssZ\" (or with an offset) in the years 1 to 9999" + name;
    };
  }

  /** Reads a whole number that fits a {@code long}. */
  public static Optional<Long> wholeNumber(String digits) {
    if (digits.length() > 20) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(digits));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(Token token) {
    return token.kind() == Token.Kind.TEXT ? Optional.of(token.text()) : Optional.empty();
  }

  private static Optional<Literal.NumberLiteral> number(Token token) {
    if (token.kind() != Token.Kind.NUMBER || token.text().length() > MAX_NUMBER_CHARACTERS) {
      return Optional.empty();
    }
    BigDecimal value;
    try {
      Numbers.parseDecimal("number literal", token.text(), Numbers.DECIMAL);
      value = new BigDecimal(token.text());
    } catch (IllegalArgumentException outOfBounds) {
      return Optional.empty();
    }
    if (value.precision() > Literal.NumberLiteral.MAX_DIGITS
        || value.scale() > Literal.NumberLiteral.MAX_DIGITS) {
      return Optional.empty();
    }
    return Optional.of(new Literal.NumberLiteral(value));
  }

  private static Optional<Literal> bool(Token token) {
    if (token.isKeyword("true")) {
      return Optional.of(new Literal.BooleanLiteral(true));
    }
    if (token.isKeyword("false")) {
      return Optional.of(new Literal.BooleanLiteral(false));
    }
    return Optional.empty();
  }

  private static Optional<Literal> date(String text) {
    try {
      LocalDate date = LocalDate.parse(text);
      return inRange(date.getYear())
          ? Optional.of(new Literal.DateLiteral(date))
          : Optional.empty();
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Literal> instant(String text) {
    Instant instant;
    try {
      instant = Instant.parse(text);
    } catch (DateTimeParseException notUtc) {
      try {
        instant = OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    try {
      return Optional.of(new Literal.InstantLiteral(instant));
    } catch (IllegalArgumentException outOfRange) {
      return Optional.empty();
    }
  }

  private static boolean inRange(int year) {
    return year >= 1 && year <= 9999;
  }
}
