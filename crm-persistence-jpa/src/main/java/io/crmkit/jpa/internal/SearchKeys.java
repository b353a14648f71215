package io.crmkit.jpa.internal;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;

/**
 * The values written to the indexed search-key columns. A value longer than an index can hold is
 * replaced by its SHA-256, which equality searches compute the same way, so that a long custom
 * field text is still found exactly.
 */
public final class SearchKeys {

  /** The longest value stored as it is; longer ones are hashed. */
  public static final int MAX_PLAIN_LENGTH = 190;

  private SearchKeys() {}

  /** Returns the stored form of a key value for equality search. */
  public static String exact(String value) {
    if (value.length() <= MAX_PLAIN_LENGTH) {
      return value;
    }
    return "sha256:" + Hashing.sha256().hashString(value, StandardCharsets.UTF_8);
  }

  /** Returns {@code prefix} escaped for a {@code LIKE} pattern with {@code \} as escape. */
  public static String likePrefix(String prefix) {
    String escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    return escaped + "%";
  }
}
