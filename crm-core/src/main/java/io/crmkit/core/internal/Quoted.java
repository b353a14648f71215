package io.crmkit.core.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How a value a caller gave is shown in an error message or a field error: at most {@value
 * #MAX_LENGTH} characters of it, then {@code …}, with control characters, format characters (bidi
 * controls, zero-width characters) and lone surrogates written as {@code \}{@code uXXXX}. A hostile
 * value of a million characters or one that would upset a log viewer thus never reaches a message
 * whole; every refusal in crmkit quotes values through this class.
 *
 * @since 0.1
 */
public final class Quoted {

  /** The longest form shown, in characters, the ellipsis included. */
  public static final int MAX_LENGTH = 64;

  /** An unscaled value of more bits than this is described rather than written out. */
  private static final int MAX_WRITTEN_BITS = 400;

  private static final char ELLIPSIS = '\u2026';

  private Quoted() {}

  /**
   * Returns {@code value} {@linkplain #shown shown} between single quotes, for example {@code
   * 'Ana\u0000…'}; {@code null} for null.
   */
  public static String of(@Nullable Object value) {
    return value == null ? "null" : "'" + shown(value) + "'";
  }

  /**
   * Returns an object whose {@code toString()} is {@link #of}{@code (value)}, for the message
   * arguments of Guava's {@code checkArgument}: the quoting is done only when the check fails, so
   * that a check on a hot path that passes (an email address restored a million times) costs
   * nothing more.
   */
  public static Object lazy(@Nullable Object value) {
    return new Object() {
      @Override
      public String toString() {
        return of(value);
      }
    };
  }

  /**
   * Returns the form of {@code value} that messages show: its text, escaped and cut to at most
   * {@value #MAX_LENGTH} characters. A decimal whose digits run into the hundreds is described by
   * its size instead, so that it is never written out. Showing a shown form again changes nothing.
   */
  public static String shown(Object value) {
    if (value instanceof BigDecimal decimal) {
      int bits = decimal.unscaledValue().bitLength();
      if (bits > MAX_WRITTEN_BITS) {
        // log10(2) digits per bit: the count is about right and costs no division
        return "a number of about " + (long) (bits * 0.30103) + " digits";
      }
    }
    return shown(String.valueOf(value));
  }

  private static String shown(String text) {
    if (text.length() <= MAX_LENGTH && !needsEscaping(text)) {
      return text;
    }
    StringBuilder shown = new StringBuilder(MAX_LENGTH + 8);
    // the length of the longest beginning that leaves room for the ellipsis
    int room = -1;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      int units = Character.charCount(codePoint);
      String next = mustEscape(codePoint) ? escaped(text, i, units) : text.substring(i, i + units);
      if (room < 0 && shown.length() + next.length() > MAX_LENGTH - 1) {
        room = shown.length();
      }
      shown.append(next);
      if (shown.length() > MAX_LENGTH) {
        shown.setLength(room);
        return shown.append(ELLIPSIS).toString();
      }
      i += units;
    }
    return shown.toString();
  }

  private static boolean needsEscaping(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      if (mustEscape(codePoint)) {
        return true;
      }
      i += Character.charCount(codePoint);
    }
    return false;
  }

  /**
   * Whether {@code codePoint} is escaped: a control or format character, a line or paragraph
   * separator, or a surrogate (which {@link String#codePointAt} returns only when it stands alone).
   */
  private static boolean mustEscape(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static String escaped(String text, int start, int units) {
    StringBuilder escaped = new StringBuilder(6 * units);
    for (int i = start; i < start + units; i++) {
      escaped.append(String.format("\\u%04X", (int) text.charAt(i)));
    }
    return escaped.toString();
  }
}
