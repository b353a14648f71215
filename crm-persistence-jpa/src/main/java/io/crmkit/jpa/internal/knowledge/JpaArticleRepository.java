package io.crmkit.jpa.internal.knowledge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.NotFoundException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.TenantId;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.core.knowledge.ArticleQuery;
import io.crmkit.core.knowledge.ArticleUsage;
import io.crmkit.core.spi.ArticleRepository;
import io.crmkit.jpa.internal.JpaAggregateRepository;
import io.crmkit.jpa.internal.JpaSession;
import io.crmkit.jpa.internal.KeysetSearch;
import io.crmkit.jpa.internal.StoredInstants;
import io.crmkit.jpa.internal.TenantScopedId;
import io.crmkit.jpa.internal.UniqueConstraint;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The JPA adapter of {@link ArticleRepository}: listings are keyset pages in id order over the
 * index on (tenant, status, id); uses are one row per article and ticket, whose primary key makes a
 * second recording of a pair a no-op, and the usage report is one grouped query over them.
 */
public final class JpaArticleRepository
    extends JpaAggregateRepository<Article, ArticleId, ArticleEntity> implements ArticleRepository {

  /** The entity classes a persistence unit must manage for articles. */
  public static final List<Class<?>> MANAGED_CLASSES =
      List.of(ArticleEntity.class, ArticleUseEntity.class);

  /** The unique constraints of the article tables, by the domain key each enforces. */
  public static final List<UniqueConstraint> UNIQUE_CONSTRAINTS =
      List.of(
          new UniqueConstraint("crm_article_pk", ArticleEntity.KIND, "id"),
          new UniqueConstraint("crm_article_use_pk", "article use", "ticket"));

  private final KeysetSearch<ArticleEntity> searches;

  /**
   * @param session the units of work the repository runs in
   */
  public JpaArticleRepository(JpaSession session) {
    super(
        session,
        ArticleEntity.KIND,
        ArticleEntity.class,
        ArticleEntity::new,
        ArticleId::value,
        ArticleMapper::write,
        ArticleMapper::read);
    this.searches = new KeysetSearch<>(session, ArticleEntity.class);
  }

  @Override
  public Page<Article> search(TenantId tenant, ArticleQuery query, PageRequest page) {
    requireNonNull(query, "query");
    return searches.search(
        tenant,
        page,
        (where, cb, select, a) -> {
          if (query.status() != null) {
            where.add(cb.equal(a.get("status"), query.status()));
          }
        },
        ArticleMapper::read);
  }

  @Override
  public boolean recordUse(TenantId tenant, ArticleId article, RecordRef ticket, Instant at) {
    requireNonNull(tenant, "tenant");
    requireNonNull(article, "article");
    requireNonNull(ticket, "ticket");
    requireNonNull(at, "at");
    UUID articleId = article.value();
    return session.apply(
        em -> {
          if (em.find(ArticleEntity.class, new TenantScopedId(tenant.value(), articleId)) == null) {
            throw new NotFoundException(ArticleEntity.KIND, articleId);
          }
          ArticleUseKey key = new ArticleUseKey(tenant.value(), articleId, ticket.id());
          if (em.find(ArticleUseEntity.class, key) != null) {
            return false;
          }
          em.persist(
              new ArticleUseEntity(
                  tenant.value(), articleId, ticket.id(), StoredInstants.bounded(at)));
          session.flush(em, "recording a use of article " + articleId);
          return true;
        });
  }

  @Override
  public List<ArticleUsage> mostUsed(TenantId tenant, int limit) {
    requireNonNull(tenant, "tenant");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    return session.apply(
        em ->
            em
                .createQuery(
                    "select u.article, count(u) from CrmArticleUse u where u.tenant = :tenant"
                        + " group by u.article order by count(u) desc, u.article",
                    Object[].class)
                .setParameter("tenant", tenant.value())
                .setMaxResults(limit)
                .getResultList()
                .stream()
                .map(
                    row ->
                        new ArticleUsage(
                            ArticleId.of((UUID) row[0]), ((Number) row[1]).longValue()))
                .toList());
  }
}
