package io.crmkit.core.knowledge;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge base of customer service: writes, publishes and archives articles, keeps every
 * published revision, searches the published ones by relevance, suggests articles for a ticket from
 * its subject and description, and reports the articles that solve the most tickets.
 *
 * <pre>{@code
 * Article reset = crm.knowledge().create(ArticleContent.builder()
 *     .title("Reset your password").body("Open Settings, then Security...").tags("login").build());
 * reset = crm.knowledge().publish(reset);
 * List<ArticleHit> hits = crm.knowledge().search("forgot my password");
 * }</pre>
 *
 * <p>Search runs on the CRM's {@link io.crmkit.core.spi.ArticleIndex} (a simple word index in
 * memory unless the host sets one, such as crm-scoring's Lucene index). Every command updates the
 * index once its unit of work has written the article; a unit that the caller rolls back later
 * (inside {@link io.crmkit.core.Crm#atomically}) can leave the index ahead of the storage until
 * {@link #rebuildIndex()} runs.
 *
 * <p>Every command takes either the article's id and the version it was read at, or the article as
 * read; a stale version fails with {@link io.crmkit.core.ConcurrentUpdateException}, an id the
 * acting tenant has no article for with {@link io.crmkit.core.NotFoundException}.
 *
 * <p>Reached through {@link io.crmkit.core.Crm#knowledge()}.
 *
 * @since 0.1
 */
public interface KnowledgeService {

  /** Writes a new draft article, authored by the acting user. */
  Article create(ArticleContent content);

  /** Replaces the content of draft or published article {@code id}. */
  Article edit(ArticleId id, long expectedVersion, ArticleContent content);

  /** As {@link #edit(ArticleId, long, ArticleContent)}, for {@code article} as read. */
  default Article edit(Article article, ArticleContent content) {
    return edit(article.id(), article.version(), content);
  }

  /** Publishes draft {@code id}, recording a new revision. */
  Article publish(ArticleId id, long expectedVersion);

  /** As {@link #publish(ArticleId, long)}, for {@code article} as read. */
  default Article publish(Article article) {
    return publish(article.id(), article.version());
  }

  /** Takes published article {@code id} back to a draft. */
  Article unpublish(ArticleId id, long expectedVersion);

  /** As {@link #unpublish(ArticleId, long)}, for {@code article} as read. */
  default Article unpublish(Article article) {
    return unpublish(article.id(), article.version());
  }

  /** Archives article {@code id}. */
  Article archive(ArticleId id, long expectedVersion);

  /** As {@link #archive(ArticleId, long)}, for {@code article} as read. */
  default Article archive(Article article) {
    return archive(article.id(), article.version());
  }

  /** Brings archived article {@code id} back as a draft. */
  Article restore(ArticleId id, long expectedVersion);

  /** As {@link #restore(ArticleId, long)}, for {@code article} as read. */
  default Article restore(Article article) {
    return restore(article.id(), article.version());
  }

  /** Returns article {@code id}, or throws {@link io.crmkit.core.NotFoundException}. */
  Article get(ArticleId id);

  /** Returns article {@code id} if it exists. */
  Optional<Article> find(ArticleId id);

  /**
   * Returns published revision {@code number} of article {@code id}.
   *
   * @throws io.crmkit.core.NotFoundException if there is no such article
   */
  Optional<ArticleRevision> revision(ArticleId id, int number);

  /** Returns a page of the articles {@code query} selects, in id order. */
  Page<Article> list(ArticleQuery query, PageRequest page);

  /** Returns the 10 published articles most relevant to the plain words of {@code text}. */
  List<ArticleHit> search(String text);

  /** Returns the articles that match {@code search}, most relevant first. */
  List<ArticleHit> search(ArticleSearch search);

  /**
   * Returns the published articles most relevant to a ticket with {@code subject} and {@code
   * description} (either may be empty, not both), at most {@code limit} (1 to 100); the subject
   * weighs more than the description, of which the first few thousand characters count.
   */
  List<ArticleHit> suggestFor(String subject, String description, int limit);

  /**
   * Records that article {@code id} helped solve {@code ticket}; recording the same ticket again
   * changes nothing.
   *
   * @param ticket a reference of type {@link io.crmkit.core.RecordType#TICKET}
   * @return whether the use was new
   * @throws IllegalArgumentException if {@code ticket} is not a ticket
   * @throws io.crmkit.core.NotFoundException if the tenant has no article {@code id}
   */
  boolean recordUse(ArticleId id, RecordRef ticket);

  /** Returns the articles that helped solve the most tickets, most first, at most {@code limit}. */
  List<ArticleUsage> mostUsed(int limit);

  /**
   * Rebuilds the tenant's part of the index from the storage: after a crash, a rolled-back unit, or
   * when a host moves the index to a new place.
   *
   * @return the number of articles indexed
   */
  int rebuildIndex();
}
