package io.crmkit.scoring.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleContent;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.core.knowledge.ArticleQuery;
import io.crmkit.core.knowledge.ArticleSearch;
import io.crmkit.core.knowledge.ArticleStatus;
import io.crmkit.core.statemachine.IllegalTransitionException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * After any sequence of article commands, the Lucene index holds exactly the stored articles, each
 * with its stored status and content: published ones found by default, others only when their
 * status is asked for.
 */
class ArticleIndexConsistencyProperties {

  /** One command of a random session on the knowledge base. */
  sealed interface Command permits Create, Edit, Publish, Unpublish, Archive, Restore, Rebuild {}

  record Create() implements Command {}

  record Edit(int target) implements Command {}

  record Publish(int target) implements Command {}

  record Unpublish(int target) implements Command {}

  record Archive(int target) implements Command {}

  record Restore(int target) implements Command {}

  record Rebuild() implements Command {}

  private static Gen<Command> commands() {
    return integers()
        .between(0, 7)
        .zip(
            integers().between(0, 20),
            (kind, target) ->
                switch (kind) {
                  case 0, 1 -> new Create();
                  case 2 -> new Edit(target);
                  case 3 -> new Publish(target);
                  case 4 -> new Unpublish(target);
                  case 5 -> new Archive(target);
                  case 6 -> new Restore(target);
                  default -> new Rebuild();
                });
  }

  @Test
  void theIndexMirrorsTheStorageAfterAnyCommandSequence() {
    qt().withExamples(60)
        .forAll(lists().of(commands()).ofSizeBetween(1, 25))
        .checkAssert(ArticleIndexConsistencyProperties::runAndCompare);
  }

  private static void runAndCompare(List<Command> session) {
    try (LuceneArticleIndex index = LuceneArticleIndex.inMemory()) {
      Crm crm = Crm.builder().articleIndex(index).build();
      List<Article> written = new ArrayList<>();
      int[] edits = {0};
      for (Command command : session) {
        apply(crm, written, command, edits);
      }
      List<Article> stored =
          crm.knowledge().list(ArticleQuery.all(), PageRequest.first(100)).items();

      assertThat(index.count(crm.tenant())).isEqualTo(stored.size());
      for (Article article : stored) {
        String marker = marker(article);
        List<ArticleHit> byDefault = crm.knowledge().search(marker);
        List<ArticleHit> inItsStatus =
            crm.knowledge()
                .search(ArticleSearch.of(marker).inStatuses(EnumSet.of(article.status())));
        List<ArticleHit> byBody =
            crm.knowledge()
                .search(
                    ArticleSearch.of(article.content().body())
                        .inStatuses(EnumSet.allOf(ArticleStatus.class)));

        assertThat(inItsStatus).extracting(ArticleHit::id).containsExactly(article.id());
        assertThat(byDefault)
            .extracting(ArticleHit::id)
            .isEqualTo(article.isPublished() ? List.of(article.id()) : List.of());
        assertThat(byBody).extracting(ArticleHit::id).containsExactly(article.id());
      }
    }
  }

  private static void apply(Crm crm, List<Article> written, Command command, int[] edits) {
    if (command instanceof Create) {
      int n = written.size();
      written.add(
          crm.knowledge()
              .create(ArticleContent.of("Topic kb" + n + "x", "body" + n + "y0z", "en")));
      return;
    }
    if (command instanceof Rebuild) {
      crm.knowledge().rebuildIndex();
      return;
    }
    if (written.isEmpty()) {
      return;
    }
    int slot = target(command) % written.size();
    Article current = crm.knowledge().get(written.get(slot).id());
    try {
      Article next;
      if (command instanceof Edit) {
        String body = "body" + slot + "y" + ++edits[0] + "z";
        next = crm.knowledge().edit(current, current.content().toBuilder().body(body).build());
      } else if (command instanceof Publish) {
        next = crm.knowledge().publish(current);
      } else if (command instanceof Unpublish) {
        next = crm.knowledge().unpublish(current);
      } else if (command instanceof Archive) {
        next = crm.knowledge().archive(current);
      } else {
        next = crm.knowledge().restore(current);
      }
      written.set(slot, next);
    } catch (IllegalTransitionException refused) {
      // an illegal command changes neither the storage nor the index
    }
  }

  private static int target(Command command) {
    if (command instanceof Edit e) {
      return e.target();
    } else if (command instanceof Publish p) {
      return p.target();
    } else if (command instanceof Unpublish u) {
      return u.target();
    } else if (command instanceof Archive a) {
      return a.target();
    } else if (command instanceof Restore r) {
      return r.target();
    }
    throw new IllegalArgumentException("no target: " + command);
  }

  private static String marker(Article article) {
    return article.content().title().substring("Topic ".length());
  }
}
