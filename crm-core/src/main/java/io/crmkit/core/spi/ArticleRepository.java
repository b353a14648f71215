package io.crmkit.core.spi;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.core.knowledge.ArticleQuery;
import io.crmkit.core.knowledge.ArticleUsage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port that stores knowledge base articles, with their histories and published revisions, and
 * which tickets each article helped solve. Listings are keyset pages in id order.
 *
 * <p>Adapters pass the contract suite {@code ArticleRepositoryContract} of the crm-core test-jar.
 *
 * @since 0.1
 */
public interface ArticleRepository {

  /** Returns the article {@code id} of {@code tenant}. */
  Optional<Article> find(TenantId tenant, ArticleId id);

  /** Returns a page of the articles of {@code tenant} that {@code query} selects, in id order. */
  Page<Article> search(TenantId tenant, ArticleQuery query, PageRequest page);

  /** Stores a new article. */
  void insert(Article article);

  /** Replaces the stored version {@code expectedVersion} by {@code article}. */
  void update(Article article, long expectedVersion);

  /**
   * Records that {@code ticket} was solved with article {@code article} of {@code tenant} at {@code
   * at}; recording the same pair again changes nothing.
   *
   * @return whether the pair was new
   */
  boolean recordUse(TenantId tenant, ArticleId article, RecordRef ticket, Instant at);

  /**
   * Returns the articles of {@code tenant} used by the most distinct tickets, most first (ties in
   * id order), at most {@code limit}.
   */
  List<ArticleUsage> mostUsed(TenantId tenant, int limit);
}
