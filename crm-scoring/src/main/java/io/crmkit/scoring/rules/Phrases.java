package io.crmkit.scoring.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The phrases that the rules of a model look for in one text field (job titles, page addresses),
 * found all at once in a single pass over the text, with the case-insensitive matching of {@link
 * Text#containsIgnoreCase}.
 *
 * <p>ASCII phrases are compared through a table of lower-case ASCII characters: for ASCII text this
 * is exactly what {@link String#regionMatches(boolean, int, String, int, int)} decides, since no
 * ASCII character is equal ignoring case to anything but its own upper or lower case. Other
 * characters have case mappings that are not one-to-one (the Kelvin sign is equal to {@code k}), so
 * as soon as a comparison meets a character outside ASCII, the phrases not yet found are searched
 * by {@link Text#containsIgnoreCase}; phrases that are not ASCII, or empty, always are. Immutable
 * and thread-safe.
 */
final class Phrases {

  private static final int ASCII = 128;
  private static final char[] LOWER = new char[ASCII];

  static {
    for (char c = 0; c < ASCII; c++) {
      LOWER[c] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  }

  private static final int[] NONE = new int[0];

  /** What {@link #matchAt} finds. */
  private static final int MISMATCH = 0;

  private static final int MATCH = 1;
  private static final int OUTSIDE_ASCII = 2;

  private final String[] phrases;
  private final char[] @Nullable [] lowered;
  private final int[][] startingWith;
  private final int[] outsideAscii;
  private final int shortest;
  private final int[] shift;
  private final boolean[] endsPrefix;

  private Phrases(List<String> phrases) {
    this.phrases = phrases.toArray(String[]::new);
    this.lowered = new char[this.phrases.length][];
    List<List<Integer>> byFirst = new ArrayList<>();
    for (int c = 0; c < ASCII; c++) {
      byFirst.add(new ArrayList<>());
    }
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < this.phrases.length; i++) {
      String phrase = this.phrases[i];
      if (phrase.isEmpty() || !phrase.chars().allMatch(c -> c < ASCII)) {
        others.add(i);
        continue;
      }
      char[] chars = new char[phrase.length()];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = LOWER[phrase.charAt(j)];
      }
      lowered[i] = chars;
      byFirst.get(chars[0]).add(i);
    }
    this.startingWith = new int[ASCII][];
    for (int c = 0; c < ASCII; c++) {
      // both cases of a letter lead to the phrases that start with its lower case
      List<Integer> starting = byFirst.get(LOWER[c]);
      startingWith[c] = starting.isEmpty() ? NONE : toArray(starting);
    }
    this.outsideAscii = toArray(others);
    this.shortest =
        Arrays.stream(lowered).filter(Objects::nonNull).mapToInt(p -> p.length).min().orElse(1);
    this.shift = new int[ASCII];
    this.endsPrefix = new boolean[ASCII];
    Arrays.fill(shift, shortest);
    for (char[] phrase : lowered) {
      if (phrase == null) {
        continue;
      }
      for (int j = 0; j < shortest - 1; j++) {
        shift[phrase[j]] = Math.min(shift[phrase[j]], shortest - 1 - j);
      }
      endsPrefix[phrase[shortest - 1]] = true;
    }
    for (char c = 'A'; c <= 'Z'; c++) {
      shift[c] = shift[LOWER[c]];
      endsPrefix[c] = endsPrefix[LOWER[c]];
    }
  }

  /** Returns the phrases {@code phrases}, numbered in their order in the list. */
  static Phrases of(List<String> phrases) {
    return new Phrases(List.copyOf(phrases));
  }

  /** Returns how many phrases there are. */
  int size() {
    return phrases.length;
  }

  /** Returns a set of found phrases, empty, the argument {@link #find} fills. */
  long[] newFound() {
    return new long[(phrases.length + 63) >>> 6];
  }

  /** Returns whether phrase {@code phrase} is in {@code found}. */
  static boolean has(long[] found, int phrase) {
    return (found[phrase >>> 6] & (1L << phrase)) != 0;
  }

  /**
   * Marks in {@code found}, which must come from {@link #newFound} and be empty, every phrase that
   * {@code text} contains.
   */
  void find(String text, long[] found) {
    int missing = phrases.length - outsideAscii.length;
    int length = text.length();
    // Horspool's search for several phrases: the character under the end of a window as long as
    // the shortest phrase tells how far the window can move without passing over a match.
    int window = 0;
    while (missing > 0 && window + shortest <= length) {
      char last = text.charAt(window + shortest - 1);
      if (last >= ASCII) {
        searchOneByOne(text, found);
        return;
      }
      if (endsPrefix[last]) {
        char first = text.charAt(window);
        if (first >= ASCII) {
          searchOneByOne(text, found);
          return;
        }
        for (int phrase : startingWith[first]) {
          if (has(found, phrase)) {
            continue;
          }
          int match = matchAt(text, window, lowered[phrase]);
          if (match == OUTSIDE_ASCII) {
            searchOneByOne(text, found);
            return;
          }
          if (match == MATCH) {
            found[phrase >>> 6] |= 1L << phrase;
            missing--;
          }
        }
      }
      window += shift[last];
    }
    for (int phrase : outsideAscii) {
      if (Text.containsIgnoreCase(text, phrases[phrase])) {
        found[phrase >>> 6] |= 1L << phrase;
      }
    }
  }

  /**
   * Compares {@code phrase}, whose first character is known to match, with the text at {@code at}.
   */
  private static int matchAt(String text, int at, char[] phrase) {
    if (at + phrase.length > text.length()) {
      return MISMATCH;
    }
    for (int j = 1; j < phrase.length; j++) {
      char c = text.charAt(at + j);
      if (c >= ASCII) {
        return OUTSIDE_ASCII;
      }
      if (LOWER[c] != phrase[j]) {
        return MISMATCH;
      }
    }
    return MATCH;
  }

  private void searchOneByOne(String text, long[] found) {
    for (int phrase = 0; phrase < phrases.length; phrase++) {
      if (!has(found, phrase) && Text.containsIgnoreCase(text, phrases[phrase])) {
        found[phrase >>> 6] |= 1L << phrase;
      }
    }
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
