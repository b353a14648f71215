package io.crmkit.core.merge;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.util.UUID;

/**
 * The identity of one merge in the merge journal: what {@link MergeService#unmerge} takes.
 *
 * @param value the UUID; never null
 * @since 0.1
 */
public record MergeId(UUID value) implements Comparable<MergeId> {

  public MergeId {
    requireNonNull(value, "value");
  }

  /** Returns the merge id {@code value}. */
  public static MergeId of(UUID value) {
    return new MergeId(value);
  }

  /**
   * Parses a merge id from its text form.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static MergeId parse(String text) {
    requireNonNull(text, "text");
    try {
      return new MergeId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("merge id is not a UUID: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(MergeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
