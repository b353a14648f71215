package io.crmkit.core.internal.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Index keys for name-prefix search: each name word is indexed under its first one and first two
 * characters; a longer prefix is looked up under its first two and the candidates filtered.
 */
final class NamePrefixes {

  private static final int KEY_LENGTH = 2;

  private NamePrefixes() {}

  /** Returns the index keys of a name given as folded words. */
  static List<String> keys(Stream<String> words) {
    // a name has a few words: a list that skips repeats costs less than a set
    List<String> keys = new ArrayList<>(4);
    words.forEach(
        word -> {
          addNew(keys, word.substring(0, 1));
          addNew(keys, word.substring(0, Math.min(KEY_LENGTH, word.length())));
        });
    return keys;
  }

  private static void addNew(List<String> keys, String key) {
    if (!keys.contains(key)) {
      keys.add(key);
    }
  }

  /** Returns the index key under which names with a word starting with {@code prefix} are found. */
  static String keyFor(String prefix) {
    return prefix.substring(0, Math.min(KEY_LENGTH, prefix.length()));
  }
}
