package io.crmkit.core.memory;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Index keys for name-prefix search: each name word is indexed under its first one and first two
 * characters; a longer prefix is looked up under its first two and the candidates filtered.
 */
final class NamePrefixes {

  private static final int KEY_LENGTH = 2;

  private NamePrefixes() {}

  /** Returns the index keys of a name given as folded words. */
  static Set<String> keys(Stream<String> words) {
    return words
        .flatMap(
            word ->
                Stream.of(
                    word.substring(0, 1), word.substring(0, Math.min(KEY_LENGTH, word.length()))))
        .collect(Collectors.toSet());
  }

  /** Returns the index key under which names with a word starting with {@code prefix} are found. */
  static String keyFor(String prefix) {
    return prefix.substring(0, Math.min(KEY_LENGTH, prefix.length()));
  }
}
