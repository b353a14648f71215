package io.crmkit.core.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * Which articles a listing returns: those in one status, or all; in id order (oldest first), paged.
 *
 * @param status only articles in this status, or null for all
 * @since 0.1
 */
public record ArticleQuery(@Nullable ArticleStatus status) {

  /** Returns the query for every article. */
  public static ArticleQuery all() {
    return new ArticleQuery(null);
  }

  /** Returns the query for the articles in {@code status}. */
  public static ArticleQuery inStatus(ArticleStatus status) {
    return new ArticleQuery(java.util.Objects.requireNonNull(status, "status"));
  }
}
