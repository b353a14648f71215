package io.crmkit.scoring.matching.internal;

import com.google.common.hash.HashFunction;
import com.google.common.hash.Hashing;
import io.crmkit.scoring.matching.BlockingKey;
import io.crmkit.scoring.matching.BlockingRule;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Each blocking rule's key of a row as a 64-bit fingerprint, {@link #NONE} when a part is missing.
 * Two rows are candidates under a rule when their fingerprints are equal; a collision of two
 * different keys (about one in 2^64 per pair) only adds a pair to compare.
 */
final class BlockingKeys {

  static final long NONE = 0;

  private static final HashFunction FINGERPRINT = Hashing.farmHashFingerprint64();

  private final List<BlockingRule> rules;
  private final int[][] columns;

  BlockingKeys(Rows rows) {
    this.rules = rows.configuration.rules();
    this.columns = new int[rules.size()][];
    for (int r = 0; r < rules.size(); r++) {
      List<BlockingKey> keys = rules.get(r).keys();
      columns[r] = new int[keys.size()];
      for (int k = 0; k < keys.size(); k++) {
        columns[r][k] = columnOf(rows, keys.get(k));
      }
    }
  }

  int ruleCount() {
    return rules.size();
  }

  /** Returns rule {@code r}'s key of {@code row}. */
  long key(Rows rows, int r, int row) {
    List<BlockingKey> keys = rules.get(r).keys();
    if (keys.size() == 1) {
      String part = part(rows, keys.get(0), columns[r][0], row);
      return part == null ? NONE : fingerprint(part);
    }
    StringBuilder key = new StringBuilder(32);
    for (int k = 0; k < keys.size(); k++) {
      String part = part(rows, keys.get(k), columns[r][k], row);
      if (part == null) {
        return NONE;
      }
      key.append(part).append('\u0000');
    }
    return fingerprint(key);
  }

  /** Returns every rule's key of {@code row}. */
  long[] keys(Rows rows, int row) {
    long[] keys = new long[rules.size()];
    for (int r = 0; r < keys.length; r++) {
      keys[r] = key(rows, r, row);
    }
    return keys;
  }

  private static long fingerprint(CharSequence key) {
    long hash = FINGERPRINT.hashUnencodedChars(key).asLong();
    return hash == NONE ? 1 : hash;
  }

  private static @Nullable String part(Rows rows, BlockingKey key, int column, int row) {
    Column values = rows.columns[column];
    String text = values.text[row];
    if (text == null) {
      return null;
    }
    return switch (key.transform()) {
      case EXACT -> text;
      case PHONETIC -> values.phoneticKey(row);
      case PREFIX -> text.length() <= key.length() ? text : text.substring(0, key.length());
      case FIRST_WORD -> {
        int space = text.indexOf(' ');
        yield space < 0 ? text : text.substring(0, space);
      }
    };
  }

  private static int columnOf(Rows rows, BlockingKey key) {
    for (int f = 0; f < rows.columns.length; f++) {
      if (rows.columns[f].comparison.field() == key.field()) {
        return f;
      }
    }
    throw new IllegalArgumentException(key.field() + " is not compared");
  }
}
