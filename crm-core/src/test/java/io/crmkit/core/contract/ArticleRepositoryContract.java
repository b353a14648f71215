package io.crmkit.core.contract;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleContent;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.core.knowledge.ArticleQuery;
import io.crmkit.core.knowledge.ArticleStatus;
import io.crmkit.core.knowledge.ArticleUsage;
import io.crmkit.core.spi.ArticleRepository;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.UnitOfWork;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ArticleRepository} must do: keep an article's content, status history and
 * published revisions exactly, page listings by id and by status, check versions, keep tenants
 * apart, and count each ticket's use of an article once.
 */
public abstract class ArticleRepositoryContract {

  private static final Instant T0 = TestClock.START;

  protected ArticleRepository articles;
  protected UnitOfWork unitOfWork;

  /** Returns an empty storage for one test. */
  protected abstract CrmStorage newStorage();

  @BeforeEach
  void openStorage() {
    CrmStorage storage = newStorage();
    articles = storage.articles();
    unitOfWork = storage.unitOfWork();
  }

  @Test
  void readsBackAnArticleWithItsHistoryAndEveryRevision() {
    Article draft = article(TENANT, "Reset your password");
    articles.insert(draft);
    Article published = draft.publish(T0.plusSeconds(60), OWNER).state();
    articles.update(published, 1);
    Article edited =
        published
            .edit(
                ArticleContent.builder()
                    .title("Reset your password — Ünïcode ✓")
                    .body("Open Settings.\n\tThen Security.\r\nThen \"Reset\".")
                    .tags("login", "Sécurité")
                    .language("pt-br")
                    .build(),
                T0.plusSeconds(120),
                OWNER)
            .state();
    articles.update(edited, 2);

    Article read = articles.find(TENANT, draft.id()).orElseThrow();
    assertThat(read).isEqualTo(edited);
    assertThat(read.revisions()).hasSize(2);
    assertThat(read.revision(1).orElseThrow().content()).isEqualTo(draft.content());
    assertThat(read.history()).hasSize(1);
    assertThat(read.version()).isEqualTo(3);
  }

  @Test
  void refusesAStaleVersion() {
    Article draft = article(TENANT, "Stale");
    articles.insert(draft);
    articles.update(draft.publish(T0, OWNER).state(), 1);

    assertThatThrownBy(() -> articles.update(draft.archive(T0, OWNER).state(), 1))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(articles.find(TENANT, draft.id()).orElseThrow().status())
        .isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void keepsTenantsApart() {
    Article ours = article(TENANT, "Ours");
    Article theirs = article(OTHER_TENANT, "Theirs");
    articles.insert(ours);
    articles.insert(theirs);

    assertThat(articles.find(OTHER_TENANT, ours.id())).isEmpty();
    assertThat(articles.search(TENANT, ArticleQuery.all(), PageRequest.first(10)).items())
        .containsExactly(ours);
    assertThat(articles.recordUse(TENANT, ours.id(), ticket(), T0)).isTrue();
    assertThat(articles.mostUsed(OTHER_TENANT, 10)).isEmpty();
  }

  @Test
  void pagesArticlesInIdOrderByStatus() {
    List<Article> published = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      Article draft = article(TENANT, "Article " + i);
      articles.insert(draft);
      if (i % 2 == 0) {
        Article live = draft.publish(T0, OWNER).state();
        articles.update(live, 1);
        published.add(live);
      }
    }

    Page<Article> first =
        articles.search(
            TENANT, ArticleQuery.inStatus(ArticleStatus.PUBLISHED), PageRequest.first(2));
    Page<Article> second =
        articles.search(
            TENANT,
            ArticleQuery.inStatus(ArticleStatus.PUBLISHED),
            PageRequest.after(first.next(), 2));

    assertThat(first.items()).containsExactly(published.get(0), published.get(1));
    assertThat(second.items()).containsExactly(published.get(2));
    assertThat(second.hasNext()).isFalse();
    assertThat(articles.search(TENANT, ArticleQuery.all(), PageRequest.first(10)).items())
        .hasSize(5);
    assertThat(
            articles
                .search(TENANT, ArticleQuery.inStatus(ArticleStatus.DRAFT), PageRequest.first(10))
                .items())
        .hasSize(2);
  }

  @Test
  void countsEachTicketOnceAndRanksTheMostUsedFirst() {
    Article popular = article(TENANT, "Popular");
    Article rare = article(TENANT, "Rare");
    Article unused = article(TENANT, "Unused");
    articles.insert(popular);
    articles.insert(rare);
    articles.insert(unused);
    RecordRef first = ticket();
    RecordRef second = ticket();

    assertThat(articles.recordUse(TENANT, popular.id(), first, T0)).isTrue();
    assertThat(articles.recordUse(TENANT, popular.id(), first, T0.plusSeconds(5))).isFalse();
    assertThat(articles.recordUse(TENANT, popular.id(), second, T0)).isTrue();
    assertThat(articles.recordUse(TENANT, rare.id(), first, T0)).isTrue();

    assertThat(articles.mostUsed(TENANT, 10))
        .containsExactly(new ArticleUsage(popular.id(), 2), new ArticleUsage(rare.id(), 1));
    assertThat(articles.mostUsed(TENANT, 1)).containsExactly(new ArticleUsage(popular.id(), 2));
  }

  @Test
  void forgetsAUseWhenItsUnitOfWorkFails() {
    Article article = article(TENANT, "Rolled back");
    articles.insert(article);

    assertThatThrownBy(
            () ->
                unitOfWork.execute(
                    () -> {
                      articles.recordUse(TENANT, article.id(), ticket(), T0);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(articles.mostUsed(TENANT, 10)).isEmpty();
  }

  private static RecordRef ticket() {
    return RecordRef.of(RecordType.TICKET, Ids.next());
  }

  private static Article article(TenantId tenant, String title) {
    return Article.create(
            ArticleId.of(Ids.next()),
            tenant,
            ArticleContent.builder().title(title).body("Body of " + title).tags("help").build(),
            T0.plus(Duration.ZERO),
            OWNER)
        .state();
  }
}
