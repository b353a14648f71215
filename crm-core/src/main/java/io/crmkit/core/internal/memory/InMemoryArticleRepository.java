package io.crmkit.core.internal.memory;

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
import io.crmkit.core.knowledge.ArticleStatus;
import io.crmkit.core.knowledge.ArticleUsage;
import io.crmkit.core.spi.ArticleRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Articles in memory, with an index by status, and the tickets each article helped solve; uses are
 * written through the store's undo log like every other row.
 *
 * @since 0.1
 */
public final class InMemoryArticleRepository implements ArticleRepository {

  private static final String BY_STATUS = "byStatus";

  private final InMemoryStore store;
  private final InMemoryTable<ArticleId, Article> table;
  private final Map<TenantId, Map<ArticleId, Set<RecordRef>>> uses = new HashMap<>();

  /**
   * @param store the store whose units of work cover this repository
   */
  public InMemoryArticleRepository(InMemoryStore store) {
    this.store = requireNonNull(store, "store");
    KeysetOrder<Article, ArticleId> byId = IdOrders.byId(ArticleId::of);
    table =
        new InMemoryTable<>(
            "article",
            store,
            byId,
            List.of(),
            List.of(new IndexDefinition<>(BY_STATUS, a -> List.of(a.status().name()), byId)));
  }

  @Override
  public Optional<Article> find(TenantId tenant, ArticleId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<Article> search(TenantId tenant, ArticleQuery query, PageRequest page) {
    requireNonNull(query, "query");
    ArticleStatus status = query.status();
    return status == null
        ? table.page(tenant, any -> true, page)
        : table.page(tenant, BY_STATUS, status.name(), any -> true, page);
  }

  @Override
  public void insert(Article article) {
    table.insert(article);
  }

  @Override
  public void update(Article article, long expectedVersion) {
    table.update(article, expectedVersion);
  }

  @Override
  public boolean recordUse(TenantId tenant, ArticleId article, RecordRef ticket, Instant at) {
    requireNonNull(tenant, "tenant");
    requireNonNull(article, "article");
    requireNonNull(ticket, "ticket");
    requireNonNull(at, "at");
    return store.execute(
        () -> {
          if (table.find(tenant, article).isEmpty()) {
            throw new NotFoundException("article", article);
          }
          Set<RecordRef> tickets =
              uses.computeIfAbsent(tenant, t -> new HashMap<>())
                  .computeIfAbsent(article, a -> new HashSet<>());
          if (tickets.contains(ticket)) {
            return false;
          }
          store.write(() -> tickets.add(ticket), () -> tickets.remove(ticket));
          return true;
        });
  }

  @Override
  public List<ArticleUsage> mostUsed(TenantId tenant, int limit) {
    requireNonNull(tenant, "tenant");
    checkArgument(limit >= 1, "limit must be positive: %s", limit);
    return store.read(
        () ->
            uses.getOrDefault(tenant, Map.of()).entrySet().stream()
                .filter(e -> !e.getValue().isEmpty())
                .map(e -> new ArticleUsage(e.getKey(), e.getValue().size()))
                .sorted(
                    Comparator.comparingLong(ArticleUsage::tickets)
                        .reversed()
                        .thenComparing(ArticleUsage::article))
                .limit(limit)
                .toList());
  }
}
