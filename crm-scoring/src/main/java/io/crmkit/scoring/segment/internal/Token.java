package io.crmkit.scoring.segment.internal;

import java.util.Locale;

/**
 * One lexical unit of a segment text, with its position. For a text token, {@code text} holds the
 * unescaped value; for every other kind, the characters as written.
 */
public record Token(Kind kind, String text, int line, int column) {

  /** What kind of unit a token is. */
  public enum Kind {
    WORD,
    TEXT,
    NUMBER,
    SYMBOL,
    UNEXPECTED,
    END
  }

  private static final int SHOWN_LENGTH = 40;

  /** Whether the token is the keyword, in any case. */
  public boolean isKeyword(String keyword) {
    return kind == Kind.WORD && text.toLowerCase(Locale.ROOT).equals(keyword);
  }

  /** Whether the token is the symbol. */
  public boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  /** Describes the token for a "found ..." message. */
  public String describe() {
    return switch (kind) {
      case WORD, SYMBOL -> "'" + shorten(text) + "'";
      case TEXT -> LiteralText.quote(shorten(text));
      case NUMBER -> shorten(text);
      case UNEXPECTED -> describeCharacter(text);
      case END -> "end of input";
    };
  }

  private static String describeCharacter(String character) {
    int codePoint = character.codePointAt(0);
    if (codePoint == '\'') {
      return "a single quote";
    }
    if (Character.isISOControl(codePoint)
        || Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || Character.getType(codePoint) == Character.FORMAT
        || Character.getType(codePoint) == Character.SURROGATE) {
      return String.format(Locale.ROOT, "character U+%04X", codePoint);
    }
    return "'" + character + "'";
  }

  private static String shorten(String text) {
    return text.length() <= SHOWN_LENGTH ? text : text.substring(0, SHOWN_LENGTH) + "...";
  }
}
