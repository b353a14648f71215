package io.crmkit.core.knowledge;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import java.util.UUID;

/**
 * The identity of a knowledge base article: a time-ordered UUID, unique within its tenant.
 *
 * @param value the UUID, never null
 * @since 0.1
 */
public record ArticleId(UUID value) implements Comparable<ArticleId> {

  public ArticleId {
    requireNonNull(value, "article id");
  }

  /** Returns the article id with the given UUID. */
  public static ArticleId of(UUID value) {
    return new ArticleId(value);
  }

  /**
   * Returns the article id written as {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} is not a UUID
   */
  public static ArticleId parse(String text) {
    requireNonNull(text, "article id");
    try {
      return new ArticleId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("not an article id: " + Quoted.of(text), e);
    }
  }

  @Override
  public int compareTo(ArticleId other) {
    return TimeOrderedIdGenerator.compare(value, other.value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
