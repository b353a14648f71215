package io.crmkit.scoring.knowledge;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.core.knowledge.ArticleSearch;
import io.crmkit.core.spi.ArticleIndex;
import io.crmkit.scoring.knowledge.internal.LuceneArticles;
import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A full-text index of knowledge base articles on Apache Lucene: the {@link ArticleIndex} a host
 * gives its CRM for relevance-ranked search and ticket suggestions.
 *
 * <pre>{@code
 * LuceneArticleIndex index = LuceneArticleIndex.inMemory();
 * Crm crm = Crm.builder().storage(storage).articleIndex(index).build();
 * crm.knowledge().rebuildIndex(); // once, when the index starts empty over stored articles
 * }</pre>
 *
 * <p>Each article is analysed in its language where Lucene has an analyzer for it ({@link
 * #ANALYSED_LANGUAGES}: stemming and stop words of that language), by the standard analyzer
 * otherwise; a search without a language looks in every analysis. Plain search text is split into
 * words and never parsed: only an {@link ArticleSearch#withSyntax()} search reaches Lucene's
 * classic query parser, which may not start a term with a wildcard. Every query is filtered by
 * tenant and status as a whole, so no query syntax reaches another tenant's articles.
 *
 * <p>Changes are visible to searches at once; an index on disk makes them durable when {@link
 * #commit()} or {@link #close()} runs, and a host that stops without either rebuilds it. One
 * instance per directory; thread-safe.
 *
 * @since 0.1
 */
public final class LuceneArticleIndex implements ArticleIndex, Closeable {

  /** The primary languages analysed with their own Lucene analyzer. */
  public static final Set<String> ANALYSED_LANGUAGES = LuceneArticles.LANGUAGES;

  private final LuceneArticles articles;

  private LuceneArticleIndex(LuceneArticles articles) {
    this.articles = articles;
  }

  /** Returns a new, empty index held in the heap; it is lost with the process. */
  public static LuceneArticleIndex inMemory() {
    return new LuceneArticleIndex(LuceneArticles.inMemory());
  }

  /**
   * Returns the index kept in {@code directory}, created there if there is none.
   *
   * @param directory a directory only this index uses; never null
   * @throws java.io.UncheckedIOException if the directory cannot be opened
   */
  public static LuceneArticleIndex onDisk(Path directory) {
    return new LuceneArticleIndex(LuceneArticles.onDisk(requireNonNull(directory, "directory")));
  }

  @Override
  public void index(Article article) {
    articles.index(article);
  }

  @Override
  public void remove(TenantId tenant, ArticleId id) {
    articles.remove(tenant, id);
  }

  @Override
  public void clear(TenantId tenant) {
    articles.clear(tenant);
  }

  @Override
  public List<ArticleHit> search(TenantId tenant, ArticleSearch search) {
    return articles.search(tenant, search);
  }

  @Override
  public List<ArticleHit> suggest(TenantId tenant, String text, int limit) {
    return articles.suggest(tenant, text, limit);
  }

  /** Returns the number of articles the index holds for {@code tenant}, in every status. */
  public int count(TenantId tenant) {
    return articles.count(tenant);
  }

  /** Makes every change so far durable (on disk; nothing to do in memory). */
  public void commit() {
    articles.commit();
  }

  /** Commits and releases the index; it must not be used afterwards. */
  @Override
  public void close() {
    articles.close();
  }
}
