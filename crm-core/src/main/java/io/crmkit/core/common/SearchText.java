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
    String decomposed = Normalizer.normalize(text.strip(), Normalizer.Form.NFD);
    String bare = MARKS.matcher(decomposed).replaceAll("");
    return SPACES.matcher(bare).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /** Returns the folded words of {@code text}. */
  public static Stream<String> words(String text) {
    return Arrays.stream(fold(text).split(" ")).filter(word -> !word.isEmpty());
  }
}
