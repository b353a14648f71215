package io.crmkit.scoring.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.fixtures.FuzzReport;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleContent;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.core.knowledge.ArticleId;
import io.crmkit.core.knowledge.ArticleSearch;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Every search text, plain or in query syntax, either returns published articles of the acting
 * tenant only, or is refused with crmkit's own short error: never another tenant's article, a
 * draft, or an exception of Lucene's.
 */
class ArticleSearchFuzzProperties {

  private static final int RANDOM_UNICODE = 1_500;
  private static final int TOKEN_SOUPS = 1_500;

  private static final List<String> TOKENS =
      List.of(
          "password",
          "refund",
          "invoice",
          "AND",
          "OR",
          "NOT",
          "+",
          "-",
          "&&",
          "||",
          "!",
          "(",
          ")",
          "{",
          "}",
          "[",
          "]",
          "^",
          "\"",
          "~",
          "*",
          "?",
          ":",
          "\\",
          "/",
          "tenant:globex",
          "status:DRAFT",
          "key:*",
          "title_en:pass*",
          "body_std:x",
          "/.*/",
          "pass~2",
          "a^100",
          "[a TO z]",
          "{* TO *}",
          "*:*",
          "' OR 1=1 --",
          "\u202E",
          "\u200B",
          "é",
          "ß",
          "日本");

  private final LuceneArticleIndex index = LuceneArticleIndex.inMemory();
  private final Crm crm = Crm.builder().articleIndex(index).build();
  private final Set<ArticleId> published;

  ArticleSearchFuzzProperties() {
    published =
        SupportArticles.publishIn(crm).values().stream()
            .map(Article::id)
            .collect(Collectors.toSet());
    crm.knowledge().create(ArticleContent.of("Draft password refund invoice", "draft", "en"));
    Crm other = crm.forTenant(TenantId.of("globex"), UserId.of("bob"));
    other
        .knowledge()
        .publish(
            other
                .knowledge()
                .create(ArticleContent.of("Globex password refund invoice", "secret", "en")));
  }

  @AfterEach
  void closeIndex() {
    index.close();
  }

  @Test
  void everySearchReturnsOnlyTheTenantsPublishedArticlesOrIsRefused() {
    FuzzReport report = FuzzReport.of("ArticleSearchFuzzProperties", "search texts");
    qt().withExamples(RANDOM_UNICODE)
        .forAll(strings().allPossible().ofLengthBetween(0, 600))
        .checkAssert(text -> search(report, text));
    qt().withExamples(TOKEN_SOUPS)
        .forAll(lists().of(arbitrary().pick(TOKENS)).ofSizeBetween(0, 30))
        .checkAssert(tokens -> search(report, String.join(" ", tokens)));
    // QuickTheories may draw a repeated token soup fewer times than asked
    report.finish(2L * RANDOM_UNICODE + TOKEN_SOUPS);
  }

  private void search(FuzzReport report, String text) {
    report.attempt(text, () -> onlyPublished(crm.knowledge().search(text)));
    report.attempt(
        text, () -> onlyPublished(crm.knowledge().search(ArticleSearch.of(text).withSyntax())));
  }

  private List<ArticleHit> onlyPublished(List<ArticleHit> hits) {
    assertThat(hits).allSatisfy(hit -> assertThat(published).contains(hit.id()));
    return hits;
  }
}
