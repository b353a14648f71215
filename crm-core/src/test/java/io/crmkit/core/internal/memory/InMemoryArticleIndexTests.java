package io.crmkit.core.internal.memory;

import static io.crmkit.core.fixtures.ContactFixtures.OTHER_TENANT;
import static io.crmkit.core.fixtures.ContactFixtures.OWNER;
import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleContent;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.core.knowledge.ArticleSearch;
import org.junit.jupiter.api.Test;

class InMemoryArticleIndexTests {

  private final InMemoryArticleIndex index = new InMemoryArticleIndex();

  @Test
  void keepsTheLaterVersionWhenWritesArriveOutOfOrder() {
    Article draft =
        Article.create(
                ArticleId.of(Ids.next()),
                TENANT,
                ArticleContent.of("Refunds", "money back", "en"),
                TestClock.START,
                OWNER)
            .state();
    Article published = draft.publish(TestClock.START, OWNER).state();

    index.index(published);
    index.index(draft);

    assertThat(index.search(TENANT, ArticleSearch.of("refunds")))
        .extracting(ArticleHit::id)
        .containsExactly(draft.id());
    assertThat(index.search(OTHER_TENANT, ArticleSearch.of("refunds"))).isEmpty();
  }
}
