package io.crmkit.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import java.time.Instant;

/**
 * One published revision of an article: the content readers saw from the moment it was published
 * until the next revision replaced it.
 *
 * @param number 1 for the first publication, one more for each later one
 * @param content what was published, never null
 * @param publishedAt when it was published, never null
 * @param by who published it, never null
 * @since 0.1
 */
public record ArticleRevision(int number, ArticleContent content, Instant publishedAt, UserId by) {

  public ArticleRevision {
    checkArgument(number >= 1, "revision number must be at least 1: %s", number);
    requireNonNull(content, "content");
    requireNonNull(publishedAt, "publishedAt");
    requireNonNull(by, "by");
  }
}
