package io.crmkit.core.knowledge.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.internal.CrmContext;
import io.crmkit.core.internal.LinkedRecords;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.RecordCommands;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleContent;
import io.crmkit.core.knowledge.ArticleEvent.ArticleUsed;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.core.knowledge.ArticleQuery;
import io.crmkit.core.knowledge.ArticleRevision;
import io.crmkit.core.knowledge.ArticleSearch;
import io.crmkit.core.knowledge.ArticleUsage;
import io.crmkit.core.knowledge.KnowledgeService;
import io.crmkit.core.spi.ArticleIndex;
import io.crmkit.core.spi.ArticleRepository;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The {@link KnowledgeService} of an opened CRM, over its storage, its article index and its
 * context; built by {@code Crm} only.
 */
public final class DefaultKnowledgeService implements KnowledgeService {

  /** The longest ticket subject a suggestion reads. */
  static final int MAX_SUBJECT = 1_000;

  /** The most suggestions or usage rows one call returns. */
  static final int MAX_RESULTS = 100;

  private final LinkedRecords linked;
  private final CrmContext context;
  private final Supplier<ArticleRepository> repository;
  private final ArticleIndex index;
  private final RecordCommands<ArticleId, Article> records;

  /**
   * @param context the opened CRM's context
   * @param repository where articles are kept, asked for on first use
   * @param index the searchable copy of the articles
   */
  public DefaultKnowledgeService(
      CrmContext context,
      Supplier<ArticleRepository> repository,
      ArticleIndex index,
      LinkedRecords linked) {
    this.context = requireNonNull(context, "context");
    this.linked = requireNonNull(linked, "linked");
    this.repository = requireNonNull(repository, "repository");
    this.index = requireNonNull(index, "index");
    this.records =
        new RecordCommands<>(
            context,
            RecordType.ARTICLE,
            (tenant, id) -> repository.get().find(tenant, id),
            (article, version) -> repository.get().update(article, version),
            Article::author);
  }

  @Override
  public Article create(ArticleContent content) {
    requireNonNull(content, "content");
    ArticleId id = ArticleId.of(context.ids().next());
    Article created =
        records.create(
            id,
            context.actor(),
            now -> Article.create(id, context.tenant(), content, now, context.actor()),
            article -> repository.get().insert(article));
    index.index(created);
    return created;
  }

  @Override
  public Article edit(ArticleId id, long expectedVersion, ArticleContent content) {
    requireNonNull(content, "content");
    return indexed(
        records.change(
            id, expectedVersion, (article, now) -> article.edit(content, now, context.actor())));
  }

  @Override
  public Article publish(ArticleId id, long expectedVersion) {
    return indexed(
        records.change(
            id, expectedVersion, (article, now) -> article.publish(now, context.actor())));
  }

  @Override
  public Article unpublish(ArticleId id, long expectedVersion) {
    return indexed(
        records.change(
            id, expectedVersion, (article, now) -> article.unpublish(now, context.actor())));
  }

  @Override
  public Article archive(ArticleId id, long expectedVersion) {
    return indexed(
        records.change(
            id, expectedVersion, (article, now) -> article.archive(now, context.actor())));
  }

  @Override
  public Article restore(ArticleId id, long expectedVersion) {
    return indexed(
        records.change(
            id,
            expectedVersion,
            (article, now) -> article.restoreFromArchive(now, context.actor())));
  }

  private Article indexed(Article article) {
    index.index(article);
    return article;
  }

  @Override
  public Article get(ArticleId id) {
    return records.get(id);
  }

  @Override
  public Optional<Article> find(ArticleId id) {
    return records.find(id);
  }

  @Override
  public Optional<ArticleRevision> revision(ArticleId id, int number) {
    return get(id).revision(number);
  }

  @Override
  public Page<Article> list(ArticleQuery query, PageRequest page) {
    requireNonNull(query, "query");
    requireNonNull(page, "page");
    return records.readable(repository.get().search(context.tenant(), query, page));
  }

  @Override
  public List<ArticleHit> search(String text) {
    return search(ArticleSearch.of(text));
  }

  @Override
  public List<ArticleHit> search(ArticleSearch search) {
    requireNonNull(search, "search");
    return readable(index.search(context.tenant(), search));
  }

  @Override
  public List<ArticleHit> suggestFor(String subject, String description, int limit) {
    requireNonNull(subject, "subject");
    requireNonNull(description, "description");
    checkArgument(
        limit >= 1 && limit <= MAX_RESULTS, "limit must be 1 to %s: %s", MAX_RESULTS, limit);
    checkArgument(
        subject.length() <= MAX_SUBJECT,
        "ticket subject longer than %s characters: %s",
        MAX_SUBJECT,
        Quoted.of(subject));
    TextPolicy.check("ticket subject", subject, TextPolicy.Kind.LINES);
    String read =
        description.length() > ArticleIndex.MAX_SUGGEST_TEXT
            ? description.substring(0, cut(description, ArticleIndex.MAX_SUGGEST_TEXT))
            : description;
    TextPolicy.check("ticket description", read, TextPolicy.Kind.LINES);
    checkArgument(
        !subject.isBlank() || !read.isBlank(), "a suggestion needs a subject or a description");
    // the subject says what the ticket is about in few words: it counts twice
    String text = subject.isBlank() ? read : subject + "\n" + subject + "\n" + read;
    return readable(index.suggest(context.tenant(), text, limit));
  }

  /** Returns where to cut {@code text} at most {@code max} units in, not inside a pair. */
  private static int cut(String text, int max) {
    return Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
  }

  private List<ArticleHit> readable(List<ArticleHit> hits) {
    if (hits.isEmpty()) {
      return hits;
    }
    // the index knows no owners: ask the policy about each hit's article as stored
    return hits.stream()
        .filter(
            hit ->
                repository
                    .get()
                    .find(context.tenant(), hit.id())
                    .map(records::readable)
                    .orElse(false))
        .toList();
  }

  @Override
  public boolean recordUse(ArticleId id, RecordRef ticket) {
    requireNonNull(id, "id");
    requireNonNull(ticket, "ticket");
    checkArgument(
        ticket.type() == RecordType.TICKET, "an article is used by a ticket, not a %s", ticket);
    return context
        .transactions()
        .write(
            events -> {
              Article article = records.get(id);
              linked.links().record(ticket).require();
              boolean added =
                  repository.get().recordUse(context.tenant(), article.id(), ticket, context.now());
              if (added) {
                events.add(
                    new ArticleUsed(
                        context.tenant(), article.id(), ticket, context.now(), context.actor()));
              }
              return added;
            });
  }

  @Override
  public List<ArticleUsage> mostUsed(int limit) {
    checkArgument(
        limit >= 1 && limit <= MAX_RESULTS, "limit must be 1 to %s: %s", MAX_RESULTS, limit);
    return repository.get().mostUsed(context.tenant(), limit);
  }

  @Override
  public int rebuildIndex() {
    index.clear(context.tenant());
    int count = 0;
    PageRequest page = PageRequest.first(PageRequest.MAX_SIZE);
    while (true) {
      Page<Article> batch = repository.get().search(context.tenant(), ArticleQuery.all(), page);
      batch.items().forEach(index::index);
      count += batch.items().size();
      if (batch.next() == null) {
        return count;
      }
      page = PageRequest.after(batch.next(), PageRequest.MAX_SIZE);
    }
  }
}
