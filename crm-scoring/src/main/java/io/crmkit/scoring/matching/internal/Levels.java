package io.crmkit.scoring.matching.internal;

import io.crmkit.scoring.matching.Comparison;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.text.similarity.CosineSimilarity;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.jspecify.annotations.Nullable;

/**
 * The level at which two prepared values agree, by the rules {@link Comparison} documents: the
 * index into its levels, or {@link #MISSING} when either value is absent.
 */
final class Levels {

  static final int MISSING = -1;

  private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
  private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);
  private static final CosineSimilarity COSINE = new CosineSimilarity();

  private Levels() {}

  /**
   * Returns the level of column {@code f} between row {@code i} of {@code a} and {@code j} of
   * {@code b}.
   */
  static int level(Rows a, int i, Rows b, int j, int f) {
    Column ca = a.columns[f];
    Column cb = b.columns[f];
    String x = ca.text[i];
    String y = cb.text[j];
    if (x == null || y == null) {
      return MISSING;
    }
    if (x.equals(y)) {
      return 0;
    }
    return switch (ca.comparison.comparison()) {
      case PERSON_NAME -> personName(a, i, b, j, f, x, y);
      case TEXT -> text(x, y);
      case ADDRESS, ORGANISATION_NAME -> words(x, y, ca.comparison.comparison());
      case CODE -> code(x, y);
      case DATE -> date(x, ca.day[i], y, cb.day[j]);
      case NUMBER -> number(ca.quantity[i], cb.quantity[j]);
      case EMAIL -> email(ca, i, cb, j);
      case PHONE -> phone(x, y);
      case WEB_DOMAIN -> equal(ca.first[i], cb.first[j]) ? 1 : 2;
    };
  }

  private static int code(String x, String y) {
    int edits = fewestEdits(x, y) > 2 ? -1 : TWO_EDITS.apply(x, y);
    return edits == 1 ? 1 : edits == 2 ? 2 : 3;
  }

  private static int text(String x, String y) {
    double similarity = jaroWinkler(x, y);
    return similarity >= 0.92 ? 1 : similarity >= 0.8 ? 2 : 3;
  }

  private static int personName(Rows a, int i, Rows b, int j, int f, String x, String y) {
    double similarity = jaroWinkler(x, y);
    if (similarity >= 0.92) {
      return 1;
    }
    int partner = a.partnerOf(f);
    if (partner >= 0) {
      String swapped = b.columns[partner].text[j];
      if (swapped != null
          && (x.equals(swapped)
              || (x.charAt(0) == swapped.charAt(0) && jaroWinkler(x, swapped) >= 0.92))) {
        return 2;
      }
    }
    Column ca = a.columns[f];
    Column cb = b.columns[f];
    if (samePhonetic(ca.first[i], ca.second[i], cb.first[j], cb.second[j])) {
      return 3;
    }
    return similarity >= 0.8 ? 4 : 5;
  }

  private static boolean samePhonetic(
      @Nullable String a1, @Nullable String a2, @Nullable String b1, @Nullable String b2) {
    return a1 != null
        && !a1.isEmpty()
        && (a1.equals(b1) || a1.equals(b2) || (a2 != null && !a2.isEmpty() && a2.equals(b1)));
  }

  private static int words(String x, String y, Comparison comparison) {
    double similarity = jaroWinkler(x, y);
    if (similarity >= 0.92) {
      return 1;
    }
    // values without a word in common have a cosine of 0
    double cosine = shareAWord(x, y) ? COSINE.cosineSimilarity(wordCounts(x), wordCounts(y)) : 0;
    if (comparison == Comparison.ADDRESS) {
      return cosine >= 0.6 ? 2 : similarity >= 0.8 ? 3 : 4;
    }
    return within(x, y, cosine) ? 2 : cosine >= 0.6 ? 3 : similarity >= 0.8 ? 4 : 5;
  }

  /**
   * Whether the words of the shorter value are all words of the longer: for distinct words the
   * cosine is then the square root of the ratio of their word counts, and less otherwise.
   */
  private static boolean within(String x, String y, double cosine) {
    int wordsX = wordCount(x);
    int wordsY = wordCount(y);
    return cosine > 0
        && cosine >= Math.sqrt((double) Math.min(wordsX, wordsY) / Math.max(wordsX, wordsY)) - 1e-9;
  }

  private static int wordCount(String text) {
    int words = 1;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  private static boolean shareAWord(String x, String y) {
    int start = 0;
    while (start < x.length()) {
      int end = x.indexOf(' ', start);
      if (end < 0) {
        end = x.length();
      }
      if (containsWord(y, x, start, end)) {
        return true;
      }
      start = end + 1;
    }
    return false;
  }

  /** Whether {@code text} has the word {@code source[start, end)} between spaces or its ends. */
  private static boolean containsWord(String text, String source, int start, int end) {
    int length = end - start;
    for (int at = 0; at + length <= text.length(); at++) {
      if ((at == 0 || text.charAt(at - 1) == ' ')
          && (at + length == text.length() || text.charAt(at + length) == ' ')
          && text.regionMatches(at, source, start, length)) {
        return true;
      }
    }
    return false;
  }

  private static Map<CharSequence, Integer> wordCounts(String text) {
    Map<CharSequence, Integer> counts = new HashMap<>();
    for (String word : text.split(" ")) {
      counts.merge(word, 1, Integer::sum);
    }
    return counts;
  }

  private static int date(String x, int dayX, String y, int dayY) {
    if ((fewestEdits(x, y) <= 1 && TWO_EDITS.apply(x, y) == 1)
        || transposed(x, y)
        || dayAndMonthSwapped(x, y)) {
      return 1;
    }
    if (dayX != Column.NO_DAY && dayY != Column.NO_DAY && Math.abs(dayX - dayY) <= 365) {
      return 2;
    }
    return 3;
  }

  /** Whether {@code y} is {@code x} with two neighbouring characters swapped. */
  private static boolean transposed(String x, String y) {
    if (x.length() != y.length()) {
      return false;
    }
    int first = 0;
    while (first < x.length() && x.charAt(first) == y.charAt(first)) {
      first++;
    }
    return first + 1 < x.length()
        && x.charAt(first) == y.charAt(first + 1)
        && x.charAt(first + 1) == y.charAt(first)
        && x.regionMatches(first + 2, y, first + 2, x.length() - first - 2);
  }

  private static boolean dayAndMonthSwapped(String x, String y) {
    return x.regionMatches(0, y, 0, 4)
        && x.regionMatches(4, y, 6, 2)
        && x.regionMatches(6, y, 4, 2);
  }

  private static int number(double x, double y) {
    double scale = Math.max(Math.abs(x), Math.abs(y));
    double difference = Math.abs(x - y) / scale;
    return difference <= 0.1 ? 1 : difference <= 0.5 ? 2 : 3;
  }

  private static int email(Column a, int i, Column b, int j) {
    String localX = a.first[i];
    String localY = b.first[j];
    if (equal(localX, localY)) {
      return 1;
    }
    return equal(a.second[i], b.second[j])
            && localX != null
            && localY != null
            && jaroWinkler(localX, localY) >= 0.88
        ? 2
        : 3;
  }

  private static int phone(String x, String y) {
    if (x.length() >= 8 && y.length() >= 8 && x.endsWith(y.substring(y.length() - 8))) {
      return 1;
    }
    return fewestEdits(x, y) <= 1 && ONE_EDIT.apply(x, y) >= 0 ? 2 : 3;
  }

  /**
   * Returns the Jaro-Winkler similarity of {@code x} and {@code y}, or 0 when it is certainly below
   * 0.8, the lowest threshold of any level: Jaro-Winkler is at most {@code j + 0.4 (1 - j)}, so
   * reaching 0.8 takes a Jaro similarity {@code j} of 2/3, and {@code j} is at most {@code (c/|x| +
   * c/|y| + 1) / 3} for {@code c} characters in common. Counting them is far cheaper than the
   * similarity, and rules out most unrelated pairs.
   */
  private static double jaroWinkler(String x, String y) {
    int common = commonCharacters(x, y);
    if ((double) common / x.length() + (double) common / y.length() < 1) {
      return 0;
    }
    return JARO_WINKLER.apply(x, y);
  }

  /**
   * Returns a lower bound of the Levenshtein distance: the longer value's characters that the other
   * lacks must each be edited.
   */
  private static int fewestEdits(String x, String y) {
    return Math.max(x.length(), y.length()) - commonCharacters(x, y);
  }

  /**
   * Returns how many characters the two values have in common, counted with repeats; for a second
   * value longer than 64 characters, the shorter length (no bound).
   */
  private static int commonCharacters(String x, String y) {
    if (y.length() > Long.SIZE) {
      return Math.min(x.length(), y.length());
    }
    long used = 0;
    int common = 0;
    for (int i = 0; i < x.length(); i++) {
      char c = x.charAt(i);
      for (int j = 0; j < y.length(); j++) {
        if ((used & (1L << j)) == 0 && y.charAt(j) == c) {
          used |= 1L << j;
          common++;
          break;
        }
      }
    }
    return common;
  }

  private static boolean equal(@Nullable String x, @Nullable String y) {
    return x != null && x.equals(y);
  }
}
