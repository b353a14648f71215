package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.HumanText;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.text.Normalizer;
import java.util.Locale;

/**
 * A label a user puts on records to group them ("vip", "trade-show-2026"). Tags are compared in
 * their normal form: trimmed, inner white space collapsed, lower case, NFC.
 *
 * <p>A tag is an identifier: well-formed text without control characters, bidi controls or
 * zero-width characters (so no two tags look alike), which every adapter stores and reads back
 * unchanged.
 *
 * @param value the normalised label, 1 to 64 characters (UTF-16 units), never null
 * @since 0.1
 */
public record Tag(String value) implements Comparable<Tag> {

  private static final int MAX_LENGTH = 64;

  /** Creates a {@code Tag}, checking its components as the type's comment describes. */
  public Tag {
    requireNonNull(value, "tag");
    checkArgument(!value.isEmpty(), "tag must not be blank");
    checkArgument(
        value.length() <= MAX_LENGTH,
        "tag longer than %s characters: %s",
        MAX_LENGTH,
        Quoted.of(value));
    TextPolicy.check("tag", value, TextPolicy.Kind.IDENTIFIER);
    checkArgument(
        normalise(value).equals(value), "tag is not in normal form: %s", Quoted.of(value));
  }

  /** Returns the tag for {@code label}, normalised. */
  public static Tag of(String label) {
    requireNonNull(label, "tag");
    return new Tag(normalise(label));
  }

  private static String normalise(String label) {
    if (isPlainNormal(label)) {
      return label;
    }
    return Normalizer.normalize(label.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT);
  }

  /**
   * Returns whether {@code label} is ASCII with no upper case letter, no white space other than
   * single inner spaces: the normal form already, which saves the regular expression and the
   * Unicode normalisation that every tag of every contact would otherwise go through.
   */
  private static boolean isPlainNormal(String label) {
    return HumanText.isSpacedWordsOf(label, c -> c > ' ' && c < 0x80 && !(c >= 'A' && c <= 'Z'));
  }

  @Override
  public int compareTo(Tag other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
