package io.crmkit.core.internal;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Optional;

/**
 * What a text value may hold, decided in this one place for every text crmkit stores: names,
 * titles, subjects, bodies, tags, keys, ids, custom field texts, address parts, raw phone text.
 *
 * <p>Every text is well-formed UTF-16: a lone surrogate cannot be encoded, and PostgreSQL and
 * MariaDB stored it as {@code ?}, so that two distinct values could collide. No text holds a C0 or
 * C1 control character (PostgreSQL refuses NUL outright), except that {@linkplain Kind#LINES text
 * that may span lines} holds tabs, line feeds and carriage returns (and the Unicode line and
 * paragraph separators). {@linkplain Kind#IDENTIFIER Identifiers} (tags, external ids, user and
 * team ids, message ids, references) also refuse every format character: the bidi controls that
 * reorder what a reader sees and the zero-width characters that make two different keys look the
 * same; and they neither start nor end with white space, since MariaDB compares text padded with
 * spaces, which makes {@code C-1} and {@code C-1 } one key there and two elsewhere. A refusal names
 * the field, the code point and its index: {@code tag has U+202E (a bidi control) at index 3}.
 *
 * @since 0.1
 */
public final class TextPolicy {

  /**
   * What kind of text a value is, which decides what it may hold.
   *
   * @since 0.1
   */
  public enum Kind {
    /** One line of human text: a name, a title, a subject, a label. */
    LINE,
    /** Human text that may span lines: a body, a description, a text field, notes. */
    LINES,
    /**
     * A key that identifies something: a tag, an external id, a user id, a reference. One line, no
     * format character, no white space at either end.
     */
    IDENTIFIER
  }

  private TextPolicy() {}

  /**
   * Returns {@code text} if it obeys the rules of {@code kind}.
   *
   * @param field what the text is, for the message, for example {@code given name}
   * @throws IllegalArgumentException naming the field and the first offending code point and its
   *     index, for example {@code given name has U+D800 (a lone surrogate) at index 3}
   */
  public static String check(String field, String text, Kind kind) {
    requireNonNull(text, field);
    int index = firstProblem(text, kind);
    if (index >= 0) {
      throw new IllegalArgumentException(field + " " + describe(text, index));
    }
    return text;
  }

  /**
   * Returns what is wrong with {@code text} as a text of {@code kind}, for example {@code has
   * U+0000 (a control character) at index 5}, or empty if nothing is.
   */
  public static Optional<String> problem(String text, Kind kind) {
    int index = firstProblem(requireNonNull(text, "text"), kind);
    return index < 0 ? Optional.empty() : Optional.of(describe(text, index));
  }

  /** Returns whether {@code text} obeys the rules of {@code kind}. */
  public static boolean obeys(String text, Kind kind) {
    return firstProblem(requireNonNull(text, "text"), kind) < 0;
  }

  /** Returns the index of the first character {@code kind} refuses, or -1. */
  private static int firstProblem(String text, Kind kind) {
    if (kind == Kind.IDENTIFIER && !text.isEmpty() && isSpace(text.codePointAt(0))) {
      return 0;
    }
    int inside = firstProblemInside(text, kind);
    if (inside < 0 && kind == Kind.IDENTIFIER && !text.isEmpty()) {
      int last = text.offsetByCodePoints(text.length(), -1);
      return isSpace(text.codePointAt(last)) ? last : -1;
    }
    return inside;
  }

  /**
   * Whether {@code codePoint} is white space, which an identifier may not start or end with:
   * MariaDB compares text padded with spaces, so {@code C-1} and {@code C-1 } are one key there and
   * two everywhere else.
   */
  private static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  private static int firstProblemInside(String text, Kind kind) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= ' ' && c < 0x7F) {
        // printable ASCII: most characters of most values, decided at once
        continue;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (kind == Kind.IDENTIFIER
            && Character.getType(Character.toCodePoint(c, text.charAt(i + 1)))
                == Character.FORMAT) {
          return i;
        }
        i++;
      } else if (!allowed(c, kind)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code kind} allows {@code c}, a character of the BMP that stands alone. */
  private static boolean allowed(char c, Kind kind) {
    if (Character.isSurrogate(c)) {
      return false;
    }
    if (isLineBreakOrTab(c)) {
      return kind == Kind.LINES;
    }
    if (Character.isISOControl(c)) {
      return false;
    }
    return kind != Kind.IDENTIFIER || Character.getType(c) != Character.FORMAT;
  }

  private static boolean isLineBreakOrTab(int c) {
    return c == '\t' || c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;
  }

  private static String describe(String text, int index) {
    int codePoint = text.codePointAt(index);
    return "has U+"
        + String.format(Locale.ROOT, "%04X", codePoint)
        + " ("
        + kindOf(codePoint, index)
        + ") at index "
        + index;
  }

  private static String kindOf(int codePoint, int index) {
    if (Character.isSurrogate((char) codePoint) && Character.isBmpCodePoint(codePoint)) {
      return "a lone surrogate";
    }
    if (codePoint == '\t') {
      return "a tab";
    }
    if (isLineBreakOrTab(codePoint)) {
      return "a line break";
    }
    if (Character.isISOControl(codePoint)) {
      return "a control character";
    }
    if (isBidiControl(codePoint)) {
      return "a bidi control";
    }
    if (Character.getType(codePoint) == Character.FORMAT) {
      return "an invisible format character";
    }
    return index == 0 ? "white space at the start" : "white space at the end";
  }

  private static boolean isBidiControl(int codePoint) {
    return codePoint == 0x061C
        || codePoint == 0x200E
        || codePoint == 0x200F
        || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
  }
}
