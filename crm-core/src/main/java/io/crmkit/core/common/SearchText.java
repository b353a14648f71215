package io.crmkit.core.common;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The form in which names are compared by searches: accents removed, lower case, white space
 * collapsed, so that "Zoë" is found by "zoe". Adapters index the same form.
 *
 * @since 0.1
 */
public final class SearchText {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private SearchText() {}

  /** Returns {@code text} folded: NFD without combining marks, lower case, spaces collapsed. */
  public static String fold(String text) {
    String stripped = text.strip();
    if (isPlainAscii(stripped)) {
      // nothing to decompose, no marks, no runs of white space: only the case can change
      return stripped.toLowerCase(Locale.ROOT);
    }
    String decomposed = Normalizer.normalize(stripped, Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** Returns whether {@code text} is printable ASCII whose only white space is single spaces. */
  private static boolean isPlainAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain = c == ' ' ? i > 0 && text.charAt(i - 1) != ' ' : c > ' ' && c < 0x7F;
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /** Returns the folded words of {@code text}. */
  public static Stream<String> words(String text) {
    return Arrays.stream(fold(text).split(" ")).filter(word -> !word.isEmpty());
  }
}
