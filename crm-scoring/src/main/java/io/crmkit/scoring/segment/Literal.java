package io.crmkit.scoring.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Numbers;
import io.crmkit.scoring.segment.internal.LiteralValues;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * A constant value in a segment expression, typed: text, number, boolean, date or instant. The text
 * form writes dates and instants as strings; the field they are compared with decides how such a
 * string is read.
 *
 * @since 0.1
 */
public sealed interface Literal
    permits Literal.TextLiteral,
        Literal.NumberLiteral,
        Literal.BooleanLiteral,
        Literal.DateLiteral,
        Literal.InstantLiteral {

  /** Returns a text literal. */
  static Literal of(String value) {
    return new TextLiteral(value);
  }

  /** Returns a whole-number literal. */
  static Literal of(long value) {
    return new NumberLiteral(BigDecimal.valueOf(value));
  }

  /** Returns a number literal; its scale (digits after the point) is kept. */
  static Literal of(BigDecimal value) {
    return new NumberLiteral(value);
  }

  /** Returns a boolean literal. */
  static Literal of(boolean value) {
    return new BooleanLiteral(value);
  }

  /** Returns a date literal. */
  static Literal of(LocalDate value) {
    return new DateLiteral(value);
  }

  /** Returns an instant literal. */
  static Literal of(Instant value) {
    return new InstantLiteral(value);
  }

  /** Calls the visitor's method for this kind of literal. */
  <R> R accept(Visitor<R> visitor);

  /**
   * Returns the constant as a Java value: a {@link String}, {@link BigDecimal}, {@link Boolean},
   * {@link LocalDate} or {@link Instant}, as a database parameter or a comparison takes it.
   */
  default Comparable<?> javaValue() {
    return accept(LiteralValues.INSTANCE);
  }

  /**
   * An operation over every kind of literal, so that code walking an expression (a printer, a
   * database translation) handles each kind and the compiler tells when one is added.
   *
   * @param <R> the result type
   * @since 0.1
   */
  interface Visitor<R> {
    /** Returns the result for a text constant. */
    R visitText(TextLiteral literal);

    /** Returns the result for a number constant. */
    R visitNumber(NumberLiteral literal);

    /** Returns the result for a boolean constant. */
    R visitBoolean(BooleanLiteral literal);

    /** Returns the result for a date constant. */
    R visitDate(DateLiteral literal);

    /** Returns the result for an instant constant. */
    R visitInstant(InstantLiteral literal);
  }

  /**
   * A text constant of at most 1,000 characters; it may be empty.
   *
   * @param value the text, never null
   * @since 0.1
   */
  record TextLiteral(String value) implements Literal {

    /** The longest text a literal may hold. */
    public static final int MAX_LENGTH = 1000;

    /** Creates a {@code TextLiteral}, checking its components as the type's comment describes. */
    public TextLiteral {
      requireNonNull(value, "text literal");
      checkArgument(
          isValidText(value),
          "text literal longer than %s characters: '%s...'",
          MAX_LENGTH,
          value.substring(0, Math.min(value.length(), 40)));
    }

    static boolean isValidText(String value) {
      return value.length() <= MAX_LENGTH;
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitText(this);
    }
  }

  /**
   * A number constant: at most 38 significant digits and 38 digits after the point, so that it fits
   * a SQL {@code NUMERIC(38, s)}, and within the bounds of every stored decimal (35 digits before
   * the point, 30 after, trailing zeros not counted), checked before the scale is touched. A
   * negative scale ({@code 1E+3}) is normalised to zero so that equal texts give equal literals.
   *
   * @param value the number, never null
   * @since 0.1
   */
  record NumberLiteral(BigDecimal value) implements Literal {

    /** The most significant digits, and the most digits after the point, a number may have. */
    public static final int MAX_DIGITS = 38;

    /** Creates a {@code NumberLiteral}, checking its components as the type's comment describes. */
    public NumberLiteral {
      requireNonNull(value, "number literal");
      Numbers.decimal("number literal", value, Numbers.DECIMAL);
      if (value.scale() < 0) {
        value = value.setScale(0);
      }
      checkArgument(
          value.precision() <= MAX_DIGITS && value.scale() <= MAX_DIGITS,
          "number literal has more than %s digits: %s",
          MAX_DIGITS,
          value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitNumber(this);
    }
  }

  /**
   * A boolean constant, {@code true} or {@code false}.
   *
   * @param value the value
   * @since 0.1
   */
  record BooleanLiteral(boolean value) implements Literal {

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitBoolean(this);
    }
  }

  /**
   * A calendar date constant in the years 1 to 9999, the range SQL databases share.
   *
   * @param value the date, never null
   * @since 0.1
   */
  record DateLiteral(LocalDate value) implements Literal {

    /** Creates a {@code DateLiteral}, checking its components as the type's comment describes. */
    public DateLiteral {
      requireNonNull(value, "date literal");
      checkArgument(
          value.getYear() >= 1 && value.getYear() <= 9999,
          "date literal outside the years 1 to 9999: %s",
          value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitDate(this);
    }
  }

  /**
   * A point-in-time constant in the years 1 to 9999 (UTC), the range SQL databases share.
   *
   * @param value the instant, never null
   * @since 0.1
   */
  record InstantLiteral(Instant value) implements Literal {

    private static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant MAX =
        LocalDate.of(10000, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    /**
     * Creates an {@code InstantLiteral}, checking its components as the type's comment describes.
     */
    public InstantLiteral {
      requireNonNull(value, "instant literal");
      checkArgument(
          !value.isBefore(MIN) && value.isBefore(MAX),
          "instant literal outside the years 1 to 9999: %s",
          value);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.visitInstant(this);
    }
  }
}
