package io.crmkit.scoring.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The texts of one field that a scoring call read last, each with the phrases it contains, so that
 * a text that recurs (the pages of a site, the usual job titles) is searched once rather than at
 * every reading: a table of texts placed by their hash, a newer text taking the place of an older
 * one with the same place. {@link Phrases#find} depends on the text alone, so a remembered answer
 * is the answer a new search would give. Not thread-safe.
 */
final class RecentTexts {

  /** How many texts a bulk call remembers; a power of two. */
  static final int BULK = 512;

  private final Phrases phrases;
  private final int mask;
  private final @Nullable String[] texts;
  private final long[][] found;

  /**
   * @param phrases the phrases searched for
   * @param capacity how many texts to remember at most, a power of two
   */
  RecentTexts(Phrases phrases, int capacity) {
    checkArgument(Integer.bitCount(capacity) == 1, "capacity is not a power of two: %s", capacity);
    this.phrases = phrases;
    this.mask = capacity - 1;
    this.texts = new String[capacity];
    this.found = new long[capacity][];
  }

  /**
   * Returns the phrases {@code text} contains, as a set that {@link Phrases#has} reads, valid until
   * the next call.
   */
  long[] phrasesIn(String text) {
    int place = text.hashCode() & mask;
    String known = texts[place];
    long[] set = found[place];
    if (set == null) {
      set = phrases.newFound();
      found[place] = set;
    } else if (text.equals(known)) {
      return set;
    } else {
      Arrays.fill(set, 0L);
    }
    phrases.find(text, set);
    texts[place] = text;
    return set;
  }
}
