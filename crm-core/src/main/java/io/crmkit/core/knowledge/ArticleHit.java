package io.crmkit.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One article a search found, with the relevance the index gave it: higher is better, comparable
 * only within one result.
 *
 * @param id the article, never null
 * @param title its title as indexed, never null
 * @param score its relevance, not negative
 * @since 0.1
 */
public record ArticleHit(ArticleId id, String title, double score) {

  public ArticleHit {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    checkArgument(score >= 0 && !Double.isNaN(score), "score must not be negative: %s", score);
  }
}
