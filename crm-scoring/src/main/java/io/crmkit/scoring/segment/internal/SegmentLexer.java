package io.crmkit.scoring.segment.internal;

import io.crmkit.scoring.segment.Literal;
import io.crmkit.scoring.segment.SegmentParseException;

/**
 * Splits a segment text into tokens on demand. Comments do not exist: {@code --} and {@code /*}
 * come out as unexpected characters, so that text pasted from SQL fails loudly instead of being
 * half-ignored.
 */
public final class SegmentLexer {

  private final String input;
  private int offset;
  private int line = 1;
  private int lineStart;

  public SegmentLexer(String input) {
    this.input = input;
  }

  public Token next() {
    skipWhitespace();
    if (offset >= input.length()) {
      return token(Token.Kind.END, "", offset);
    }
    int start = offset;
    char c = input.charAt(offset);
    if (isWordStart(c)) {
      return word(start);
    }
    if (isDigit(c)
        || (c == '-' && offset + 1 < input.length() && isDigit(input.charAt(offset + 1)))) {
      return number(start);
    }
    if (c == '"') {
      return text(start);
    }
    switch (c) {
      case '(', ')', ',', '=', '<', '>' -> {
        offset++;
        if ((c == '<' || c == '>') && peekIs('=')) {
          offset++;
        }
        return token(Token.Kind.SYMBOL, input.substring(start, offset), start);
      }
      case '!' -> {
        if (offset + 1 < input.length() && input.charAt(offset + 1) == '=') {
          offset += 2;
          return token(Token.Kind.SYMBOL, "!=", start);
        }
      }
      default -> {}
    }
    offset += Character.charCount(input.codePointAt(offset));
    return token(Token.Kind.UNEXPECTED, input.substring(start, offset), start);
  }

  private void skipWhitespace() {
    while (offset < input.length()) {
      char c = input.charAt(offset);
      if (c == '\n') {
        line++;
        lineStart = offset + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      offset++;
    }
  }

  private Token word(int start) {
    offset++;
    while (offset < input.length()) {
      char c = input.charAt(offset);
      if (isWordPart(c)) {
        offset++;
      } else if (c == '.' && offset + 1 < input.length() && isWordStart(input.charAt(offset + 1))) {
        offset += 2;
      } else {
        break;
      }
    }
    return token(Token.Kind.WORD, input.substring(start, offset), start);
  }

  private Token number(int start) {
    offset++;
    skipDigits();
    if (peekIs('.') && offset + 1 < input.length() && isDigit(input.charAt(offset + 1))) {
      offset++;
      skipDigits();
    }
    return token(Token.Kind.NUMBER, input.substring(start, offset), start);
  }

  private void skipDigits() {
    while (offset < input.length() && isDigit(input.charAt(offset))) {
      offset++;
    }
  }

  private Token text(int start) {
    int startColumn = start - lineStart + 1;
    offset++;
    StringBuilder value = new StringBuilder();
    while (true) {
      if (offset >= input.length()) {
        throw error(
            offset, "'\"' to close the text opened at column " + startColumn, "end of input");
      }
      char c = input.charAt(offset);
      if (c == '"') {
        offset++;
        break;
      }
      if (c == '\n' || c == '\r') {
        throw error(
            offset, "'\"' to close the text opened at column " + startColumn, "end of line");
      }
      if (c == '\\') {
        value.append(escape());
      } else {
        value.append(c);
        offset++;
      }
      if (value.length() > Literal.TextLiteral.MAX_LENGTH) {
        throw error(
            start,
            "a text of at most " + Literal.TextLiteral.MAX_LENGTH + " characters",
            "a longer text");
      }
    }
    return token(Token.Kind.TEXT, value.toString(), start);
  }

  private char escape() {
    int start = offset;
    offset++;
    String expected = "an escape sequence (\\\", \\\\, \\n, \\t or \\uXXXX)";
    if (offset >= input.length()) {
      throw error(start, expected, "end of input");
    }
    char c = input.charAt(offset++);
    switch (c) {
      case '"':
        return '"';
      case '\\':
        return '\\';
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'u':
        int end = Math.min(offset + 4, input.length());
        String hex = input.substring(offset, end);
        if (hex.length() == 4 && hex.chars().allMatch(SegmentLexer::isHexDigit)) {
          offset = end;
          return (char) Integer.parseInt(hex, 16);
        }
        throw error(start, "four hexadecimal digits after '\\u'", quoteEscape("\\u" + hex));
      default:
        offset = start + 1 + Character.charCount(input.codePointAt(start + 1));
        throw error(start, expected, quoteEscape(input.substring(start, offset)));
    }
  }

  private static String quoteEscape(String escape) {
    return "'" + escape.replace("\n", "\\n").replace("\r", "\\r") + "'";
  }

  private boolean peekIs(char c) {
    return offset < input.length() && input.charAt(offset) == c;
  }

  private Token token(Token.Kind kind, String text, int start) {
    return new Token(kind, text, line, start - lineStart + 1);
  }

  private SegmentParseException error(int at, String expected, String found) {
    return new SegmentParseException(line, at - lineStart + 1, expected, found);
  }

  private static boolean isWordStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isWordPart(char c) {
    return isWordStart(c) || isDigit(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHexDigit(int c) {
    return isDigit((char) c) || "abcdefABCDEF".indexOf(c) >= 0;
  }
}
