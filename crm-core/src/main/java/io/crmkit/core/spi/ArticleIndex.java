package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.core.knowledge.ArticleSearch;
import java.util.List;

/**
 * The port of the knowledge base's full-text index: it keeps a searchable copy of every article
 * (with its status and language), answers searches ranked by relevance, and suggests articles for a
 * free text such as a ticket's subject and description. crm-core keeps a simple word index in
 * memory; crm-scoring provides one on Apache Lucene, in memory or on disk.
 *
 * <p>Every method is scoped to one tenant: no search returns another tenant's article. An
 * implementation is thread-safe. The articles themselves live in the {@link ArticleRepository}; the
 * index is a copy that the knowledge service keeps in step and can rebuild from it.
 *
 * @since 0.1
 */
public interface ArticleIndex {

  /** The longest free text {@link #suggest} reads; the rest is ignored. */
  int MAX_SUGGEST_TEXT = 4_000;

  /** Adds {@code article} to the index, or replaces the copy it holds of it. */
  void index(Article article);

  /** Removes article {@code id} of {@code tenant}, if the index holds it. */
  void remove(TenantId tenant, ArticleId id);

  /** Removes every article of {@code tenant}, before a rebuild. */
  void clear(TenantId tenant);

  /**
   * Returns the articles of {@code tenant} that match {@code search}, most relevant first.
   *
   * @throws IllegalArgumentException if the search is in query syntax the index cannot parse
   */
  List<ArticleHit> search(TenantId tenant, ArticleSearch search);

  /**
   * Returns the published articles of {@code tenant} most relevant to the free text {@code text}
   * (words only, never query syntax), at most {@code limit}, most relevant first; only the first
   * {@link #MAX_SUGGEST_TEXT} characters count.
   */
  List<ArticleHit> suggest(TenantId tenant, String text, int limit);
}
