package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One part of a blocking rule's key: a field's normalised value, its Double Metaphone code, its
 * first characters or its first word. Two records are candidates under a rule when every part of
 * its key is present and equal in both.
 *
 * @param field the field the part is taken from, never null
 * @param transform what is taken of it, never null
 * @param length how many characters {@link Transform#PREFIX} takes, 0 for the other transforms
 * @since 0.1
 */
public record BlockingKey(MatchField field, Transform transform, int length) {

  /**
   * What a blocking key takes of a field's normalised value.
   *
   * @since 0.1
   */
  public enum Transform {
    /** The whole normalised value. */
    EXACT,
    /** The primary Double Metaphone code of the value's first word. */
    PHONETIC,
    /** The first {@code length} characters. */
    PREFIX,
    /** The first word. */
    FIRST_WORD
  }

  /** Creates a {@code BlockingKey}, checking its components as the type's comment describes. */
  public BlockingKey {
    requireNonNull(field, "field");
    requireNonNull(transform, "transform");
    checkArgument(
        transform == Transform.PREFIX ? length > 0 : length == 0,
        "a %s key of %s takes length %s",
        transform,
        field,
        length);
  }

  /** Returns the key on the whole normalised value of {@code field}. */
  public static BlockingKey exact(MatchField field) {
    return new BlockingKey(field, Transform.EXACT, 0);
  }

  /** Returns the key on the Double Metaphone code of {@code field}'s first word. */
  public static BlockingKey phonetic(MatchField field) {
    return new BlockingKey(field, Transform.PHONETIC, 0);
  }

  /** Returns the key on the first {@code length} characters of {@code field}. */
  public static BlockingKey prefix(MatchField field, int length) {
    return new BlockingKey(field, Transform.PREFIX, length);
  }

  /** Returns the key on the first word of {@code field}. */
  public static BlockingKey firstWord(MatchField field) {
    return new BlockingKey(field, Transform.FIRST_WORD, 0);
  }

  @Override
  public String toString() {
    return switch (transform) {
      case EXACT -> field.name();
      case PHONETIC -> "metaphone(" + field + ")";
      case PREFIX -> "prefix(" + field + ", " + length + ")";
      case FIRST_WORD -> "firstWord(" + field + ")";
    };
  }
}
