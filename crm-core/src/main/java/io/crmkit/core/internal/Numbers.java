package io.crmkit.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;

/**
 * What crmkit accepts as a number, decided in this one place for every way a number comes in: money
 * amounts (and so deal amounts, order totals and quotas), custom decimal and number fields, import
 * cells, segment literals, the ranges of scoring models and exchange rates.
 *
 * <p>Text is bounded before it is parsed: at most {@value #MAX_TEXT_LENGTH} characters, white space
 * around the number included, ASCII digits with an optional sign, point and exponent. A decimal is
 * bounded before any arithmetic touches it: at most {@value #MAX_WRITTEN_DIGITS} digits as written
 * (trailing zeros included), then at most so many digits before and after the point as its {@link
 * Bounds} allow, counted with trailing zeros dropped. The general bounds, {@link #DECIMAL}, are
 * what every supported database stores exactly: MariaDB's widest column, {@code DECIMAL(65, 30)},
 * holds 35 digits before the point and 30 after. Money columns are {@code DECIMAL(38, 4)}: {@value
 * #MONEY_INTEGER_DIGITS} digits before the point. The checks count digits in {@code long}
 * arithmetic from the precision and scale alone, so an exponent of a billion costs nothing, and
 * refusals show the value through {@link Quoted}.
 *
 * @since 0.1
 */
public final class Numbers {

  /** The longest text read as a number, white space included; longer text is refused unread. */
  public static final int MAX_TEXT_LENGTH = 100;

  /** The most digits a decimal may be written with, trailing zeros included. */
  public static final int MAX_WRITTEN_DIGITS = 100;

  /** The most digits before the point of an amount of money. */
  public static final int MONEY_INTEGER_DIGITS = 34;

  /** The most digits before the point of a decimal in general. */
  public static final int DECIMAL_INTEGER_DIGITS = 35;

  /** The most digits after the point of a decimal in general, trailing zeros not counted. */
  public static final int DECIMAL_FRACTION_DIGITS = 30;

  /** The bounds of a decimal in general: 35 digits before the point and 30 after. */
  public static final Bounds DECIMAL = new Bounds(DECIMAL_INTEGER_DIGITS, DECIMAL_FRACTION_DIGITS);

  /** 10^100 < 2^333: a longer unscaled value has more than 100 digits, and is not measured. */
  private static final int MAX_WRITTEN_BITS = 333;

  private Numbers() {}

  /**
   * How many digits a kind of decimal may have on either side of the point, trailing zeros of the
   * fraction not counted.
   *
   * @param integerDigits the most digits before the point, 1 or more
   * @param fractionDigits the most digits after the point, 0 or more
   * @since 0.1
   */
  public record Bounds(int integerDigits, int fractionDigits) {

    public Bounds {
      checkArgument(integerDigits >= 1, "integer digits must be 1 or more: %s", integerDigits);
      checkArgument(fractionDigits >= 0, "fraction digits must be 0 or more: %s", fractionDigits);
    }
  }

  /**
   * Returns the bounds of an amount of money in a currency with {@code fractionDigits} digits in
   * its minor unit.
   */
  public static Bounds money(int fractionDigits) {
    return new Bounds(MONEY_INTEGER_DIGITS, fractionDigits);
  }

  /**
   * Returns {@code value} with trailing zeros dropped and a scale of 0 or more (so {@code 1.50} is
   * {@code 1.5} and {@code 1E+3} is {@code 1000}) after checking it against {@code bounds}.
   *
   * @param what what the number is, for the message, for example {@code amount}
   * @throws IllegalArgumentException if the value is written with more than {@value
   *     #MAX_WRITTEN_DIGITS} digits or has more digits on either side of the point than {@code
   *     bounds} allow; the message shows at most a short form of the value
   */
  public static BigDecimal decimal(String what, BigDecimal value, Bounds bounds) {
    requireNonNull(value, what);
    requireNonNull(bounds, "bounds");
    if (value.signum() == 0) {
      return BigDecimal.ZERO;
    }
    checkArgument(
        value.unscaledValue().bitLength() <= MAX_WRITTEN_BITS
            && value.precision() <= MAX_WRITTEN_DIGITS,
        "%s has more than %s digits: %s",
        what,
        MAX_WRITTEN_DIGITS,
        Quoted.of(value));
    long precision = value.precision();
    long scale = value.scale();
    // dropping a trailing zero lowers precision and scale by one: their difference stays
    long integerDigits = precision - scale;
    checkArgument(
        integerDigits <= bounds.integerDigits(),
        "%s has more than %s digits before the point: %s",
        what,
        bounds.integerDigits(),
        Quoted.of(value));
    // at most precision - 1 trailing zeros can go, so this bounds the fraction left from below
    checkArgument(
        scale - (precision - 1) <= bounds.fractionDigits(),
        "%s has more than %s digits after the point: %s",
        what,
        bounds.fractionDigits(),
        Quoted.of(value));
    // the scale is now within a few hundred of zero: stripping and rescaling are cheap
    BigDecimal stripped = value.stripTrailingZeros();
    checkArgument(
        stripped.scale() <= bounds.fractionDigits(),
        "%s has more than %s digits after the point: %s",
        what,
        bounds.fractionDigits(),
        Quoted.of(value));
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * Returns the decimal written as {@code text}, {@linkplain #decimal checked} against {@code
   * bounds}. The text may be surrounded by white space and is written with ASCII digits, an
   * optional sign, point and exponent: {@code 12}, {@code -0.5}, {@code 1.2E+3}.
   *
   * @param what what the number is, for the message, for example {@code amount}
   * @throws IllegalArgumentException if the text is blank, longer than {@value #MAX_TEXT_LENGTH}
   *     characters, not a decimal number or beyond {@code bounds}
   */
  public static BigDecimal parseDecimal(String what, String text, Bounds bounds) {
    String stripped = checkedText(what, text);
    checkArgument(
        isDecimalSyntax(stripped), "%s is not a decimal number: %s", what, Quoted.of(text));
    BigDecimal value;
    try {
      value = new BigDecimal(stripped);
    } catch (NumberFormatException exponentBeyondAnInt) {
      throw new IllegalArgumentException(
          what + " is not a decimal number within range: " + Quoted.of(text), exponentBeyondAnInt);
    }
    return decimal(what, value, bounds);
  }

  /**
   * Returns the whole number written as {@code text}: ASCII digits with an optional sign, which may
   * be surrounded by white space, from {@link Long#MIN_VALUE} to {@link Long#MAX_VALUE}.
   *
   * @param what what the number is, for the message, for example {@code number}
   * @throws IllegalArgumentException if the text is blank, longer than {@value #MAX_TEXT_LENGTH}
   *     characters or not a whole number in that range
   */
  public static long parseWhole(String what, String text) {
    String stripped = checkedText(what, text);
    if (isWholeSyntax(stripped)) {
      try {
        return Long.parseLong(stripped);
      } catch (NumberFormatException outOfRange) {
        // refused below, as any other text
      }
    }
    throw new IllegalArgumentException(
        what
            + " is not a whole number from "
            + Long.MIN_VALUE
            + " to "
            + Long.MAX_VALUE
            + ": "
            + Quoted.of(text));
  }

  private static String checkedText(String what, String text) {
    requireNonNull(text, what);
    checkArgument(
        text.length() <= MAX_TEXT_LENGTH,
        "%s is longer than %s characters: %s",
        what,
        MAX_TEXT_LENGTH,
        Quoted.of(text));
    String stripped = text.strip();
    checkArgument(!stripped.isEmpty(), "%s must not be blank: %s", what, Quoted.of(text));
    return stripped;
  }

  /** Whether {@code text} is {@code [+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?} with ASCII digits d. */
  private static boolean isDecimalSyntax(String text) {
    int i = skipSign(text, 0);
    int integerStart = i;
    i = skipDigits(text, i);
    boolean integerDigits = i > integerStart;
    boolean fractionDigits = false;
    if (i < text.length() && text.charAt(i) == '.') {
      int fractionStart = ++i;
      i = skipDigits(text, i);
      fractionDigits = i > fractionStart;
    }
    if (!integerDigits && !fractionDigits) {
      return false;
    }
    if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      int exponentStart = skipSign(text, i + 1);
      i = skipDigits(text, exponentStart);
      if (i == exponentStart) {
        return false;
      }
    }
    return i == text.length();
  }

  private static boolean isWholeSyntax(String text) {
    int start = skipSign(text, 0);
    return start < text.length() && skipDigits(text, start) == text.length();
  }

  private static int skipSign(String text, int from) {
    return from < text.length() && (text.charAt(from) == '+' || text.charAt(from) == '-')
        ? from + 1
        : from;
  }

  private static int skipDigits(String text, int from) {
    int i = from;
    while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
