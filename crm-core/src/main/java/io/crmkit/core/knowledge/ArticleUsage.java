package io.crmkit.core.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * How often an article helped solve tickets: the number of distinct tickets recorded as solved with
 * it.
 *
 * @param article the article, never null
 * @param tickets the distinct tickets, at least 1
 * @since 0.1
 */
public record ArticleUsage(ArticleId article, long tickets) {

  public ArticleUsage {
    requireNonNull(article, "article");
    checkArgument(tickets >= 1, "an article in the usage report has tickets: %s", tickets);
  }
}
