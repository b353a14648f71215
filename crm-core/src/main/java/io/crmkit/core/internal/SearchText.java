package io.crmkit.core.internal;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The form in which names are compared by searches: accents removed, lower case, white space
 * collapsed, so that "Zoë" is found by "zoe". Adapters index the same form.
 *
 * @since 0.1
 */
public final class SearchText {

  private SearchText() {}

  /** Returns {@code text} folded: NFD without combining marks, lower case, spaces collapsed. */
  public static String fold(String text) {
    String stripped = text.strip();
    if (isPlainAscii(stripped)) {
      // nothing to decompose, no marks, no runs of white space: only the case can change
      return stripped.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(stripped, Normalizer.Form.NFD);
    // one pass instead of two regular expressions: marks dropped, then each run of white space
    // (marks inside a run included) written as one space
    StringBuilder bare = new StringBuilder(decomposed.length());
    boolean inSpace = false;
    for (int i = 0; i < decomposed.length(); ) {
      int c = decomposed.codePointAt(i);
      i += Character.charCount(c);
      if (isMark(c)) {
        continue;
      }
      if (isSpace(c)) {
        if (!inSpace) {
          bare.append(' ');
        }
        inSpace = true;
      } else {
        bare.appendCodePoint(c);
        inSpace = false;
      }
    }
    return bare.toString().toLowerCase(Locale.ROOT);
  }

  /** What {@code \p{M}} matches: the three kinds of combining mark. */
  private static boolean isMark(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** What {@code \s} matches. */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** Returns whether {@code text} is printable ASCII whose only white space is single spaces. */
  private static boolean isPlainAscii(String text) {
    return HumanText.isSpacedWordsOf(text, c -> c > ' ' && c < 0x7F);
  }

  /** Returns the folded words of {@code text}. */
  public static Stream<String> words(String text) {
    return Arrays.stream(fold(text).split(" ")).filter(word -> !word.isEmpty());
  }
}
