package io.crmkit.scoring.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The phrases that the rules of a model look for in one text field (job titles, page addresses),
 * searched for together, with the case-insensitive matching of {@link Text#containsIgnoreCase}.
 *
 * <p>ASCII phrases are compared through a table of lower-case ASCII characters: for ASCII text this
 * is exactly what {@link String#regionMatches(boolean, int, String, int, int)} decides, since no
 * ASCII character is equal ignoring case to anything but its own upper or lower case, and an ASCII
 * character that is not a letter to nothing but itself. A phrase with such a character (the {@code
 * /} of {@code /pricing}, the space of {@code Head of}) is looked for only where the text has it,
 * found by {@link String#indexOf(int, int)}; phrases of letters alone are searched for together by
 * Horspool's method. Other characters have case mappings that are not one-to-one (the Kelvin sign
 * is equal to {@code k}), so as soon as a comparison meets a character outside ASCII, the phrases
 * not yet found are searched for by {@link Text#containsIgnoreCase}; phrases that are not ASCII, or
 * empty, always are. Immutable and thread-safe.
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
  private final int[] outsideAscii;

  /** Characters that are not letters, each with the phrases anchored on it and where. */
  private final char[] anchors;

  private final int[][] anchored;
  private final int[][] anchorOffsets;

  /** Horspool's tables for the phrases of letters alone. */
  private final int lettersOnly;

  private final int shortest;
  private final int[][] startingWith;
  private final int[] shift;
  private final boolean[] endsPrefix;

  private Phrases(List<String> phrases) {
    this.phrases = phrases.toArray(String[]::new);
    this.lowered = new char[this.phrases.length][];
    List<Integer> others = new ArrayList<>();
    Map<Character, List<int[]>> byAnchor = new LinkedHashMap<>();
    List<List<Integer>> byFirst = new ArrayList<>();
    for (int c = 0; c < ASCII; c++) {
      byFirst.add(new ArrayList<>());
    }
    int letters = 0;
    int shortestLetters = Integer.MAX_VALUE;
    for (int i = 0; i < this.phrases.length; i++) {
      String phrase = this.phrases[i];
      if (phrase.isEmpty() || !phrase.chars().allMatch(c -> c < ASCII)) {
        others.add(i);
        continue;
      }
      char[] chars = new char[phrase.length()];
      int anchor = -1;
      for (int j = 0; j < chars.length; j++) {
        chars[j] = LOWER[phrase.charAt(j)];
        if (anchor < 0 && (chars[j] < 'a' || chars[j] > 'z')) {
          anchor = j;
        }
      }
      lowered[i] = chars;
      if (anchor >= 0) {
        byAnchor.computeIfAbsent(chars[anchor], c -> new ArrayList<>()).add(new int[] {i, anchor});
      } else {
        byFirst.get(chars[0]).add(i);
        letters++;
        shortestLetters = Math.min(shortestLetters, chars.length);
      }
    }
    this.outsideAscii = toArray(others);
    this.anchors = new char[byAnchor.size()];
    this.anchored = new int[byAnchor.size()][];
    this.anchorOffsets = new int[byAnchor.size()][];
    int group = 0;
    for (Map.Entry<Character, List<int[]>> entry : byAnchor.entrySet()) {
      anchors[group] = entry.getKey();
      anchored[group] = entry.getValue().stream().mapToInt(pair -> pair[0]).toArray();
      anchorOffsets[group] = entry.getValue().stream().mapToInt(pair -> pair[1]).toArray();
      group++;
    }
    this.lettersOnly = letters;
    this.shortest = letters == 0 ? 1 : shortestLetters;
    this.startingWith = new int[ASCII][];
    for (int c = 0; c < ASCII; c++) {
      // both cases of a letter lead to the phrases that start with its lower case
      List<Integer> starting = byFirst.get(LOWER[c]);
      startingWith[c] = starting.isEmpty() ? NONE : toArray(starting);
    }
    this.shift = new int[ASCII];
    this.endsPrefix = new boolean[ASCII];
    Arrays.fill(shift, shortest);
    for (int c = 0; c < ASCII; c++) {
      for (int phrase : startingWith[c]) {
        char[] chars = lowered[phrase];
        for (int j = 0; j < shortest - 1; j++) {
          shift[chars[j]] = Math.min(shift[chars[j]], shortest - 1 - j);
        }
        endsPrefix[chars[shortest - 1]] = true;
      }
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
    if (!findAnchored(text, found) || !findLettersOnly(text, found)) {
      searchOneByOne(text, found);
      return;
    }
    for (int phrase : outsideAscii) {
      if (Text.containsIgnoreCase(text, phrases[phrase])) {
        mark(found, phrase);
      }
    }
  }

  /**
   * Finds the phrases anchored on a character that is not a letter where the text has it; returns
   * false, the search unfinished, on meeting a character outside ASCII.
   */
  private boolean findAnchored(String text, long[] found) {
    for (int group = 0; group < anchors.length; group++) {
      int[] members = anchored[group];
      int[] offsets = anchorOffsets[group];
      int missing = members.length;
      for (int at = text.indexOf(anchors[group]);
          at >= 0 && missing > 0;
          at = text.indexOf(anchors[group], at + 1)) {
        for (int m = 0; m < members.length; m++) {
          int phrase = members[m];
          int start = at - offsets[m];
          if (start < 0 || has(found, phrase)) {
            continue;
          }
          int match = matchAt(text, start, lowered[phrase], 0);
          if (match == OUTSIDE_ASCII) {
            return false;
          }
          if (match == MATCH) {
            mark(found, phrase);
            missing--;
          }
        }
      }
    }
    return true;
  }

  /**
   * Horspool's search for several phrases: the character under the end of a window as long as the
   * shortest phrase tells how far the window can move without passing over a match. Returns false,
   * the search unfinished, on meeting a character outside ASCII.
   */
  private boolean findLettersOnly(String text, long[] found) {
    int missing = lettersOnly;
    int length = text.length();
    int window = 0;
    while (missing > 0 && window + shortest <= length) {
      char last = text.charAt(window + shortest - 1);
      if (last >= ASCII) {
        return false;
      }
      if (endsPrefix[last]) {
        char first = text.charAt(window);
        if (first >= ASCII) {
          return false;
        }
        for (int phrase : startingWith[first]) {
          if (has(found, phrase)) {
            continue;
          }
          int match = matchAt(text, window, lowered[phrase], 1);
          if (match == OUTSIDE_ASCII) {
            return false;
          }
          if (match == MATCH) {
            mark(found, phrase);
            missing--;
          }
        }
      }
      window += shift[last];
    }
    return true;
  }

  /**
   * Compares {@code phrase} from its character {@code from} on, those before being known to match,
   * with the text at {@code at}.
   */
  private static int matchAt(String text, int at, char[] phrase, int from) {
    if (at + phrase.length > text.length()) {
      return MISMATCH;
    }
    for (int j = from; j < phrase.length; j++) {
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
        mark(found, phrase);
      }
    }
  }

  private static void mark(long[] found, int phrase) {
    found[phrase >>> 6] |= 1L << phrase;
  }

  private static int[] toArray(List<Integer> values) {
    return values.stream().mapToInt(Integer::intValue).toArray();
  }
}
