package io.crmkit.scoring.segment.internal;

import io.crmkit.scoring.segment.Literal;
import java.util.Locale;

/** Writes literals and texts as the language does: texts double-quoted and escaped. */
public final class LiteralText {

  private LiteralText() {}

  /** Returns a literal as the language writes it. */
  public static String of(Literal literal) {
    return literal.accept(Writer.INSTANCE);
  }

  /** Returns the text in double quotes, escaping what cannot appear raw inside them. */
  public static String quote(String text) {
    StringBuilder quoted = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        default -> {
          if (needsUnicodeEscape(text, i)) {
            quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  // control characters would break lines or hide in a terminal; a lone surrogate is not
  // representable in UTF-8, so it would not survive storage as text
  private static boolean needsUnicodeEscape(String text, int index) {
    char c = text.charAt(index);
    if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return index + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(index + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return index == 0 || !Character.isHighSurrogate(text.charAt(index - 1));
    }
    return false;
  }

  private enum Writer implements Literal.Visitor<String> {
    INSTANCE;

    @Override
    public String visitText(Literal.TextLiteral literal) {
      return quote(literal.value());
    }

    @Override
    public String visitNumber(Literal.NumberLiteral literal) {
      return literal.value().toPlainString();
    }

    @Override
    public String visitBoolean(Literal.BooleanLiteral literal) {
      return String.valueOf(literal.value());
    }

    @Override
    public String visitDate(Literal.DateLiteral literal) {
      return quote(literal.value().toString());
    }

    @Override
    public String visitInstant(Literal.InstantLiteral literal) {
      return quote(literal.value().toString());
    }
  }
}
