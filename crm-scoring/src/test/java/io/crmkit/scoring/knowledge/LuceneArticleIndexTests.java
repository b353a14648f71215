package io.crmkit.scoring.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleContent;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.core.knowledge.ArticleSearch;
import io.crmkit.core.knowledge.ArticleStatus;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class LuceneArticleIndexTests {

  private final CrmStorage storage = InMemoryCrmStorage.create();
  private final LuceneArticleIndex index = LuceneArticleIndex.inMemory();
  private final Crm crm = Crm.builder().storage(storage).articleIndex(index).build();
  private final Map<String, Article> articles = SupportArticles.publishIn(crm);

  @AfterEach
  void closeIndex() {
    index.close();
  }

  static Stream<Arguments> paraphrases() {
    return Stream.of(
        Arguments.of("I forgot my password and cannot sign in", "password"),
        Arguments.of("how do I get a new password", "password"),
        Arguments.of("authenticator app code at login", "twofactor"),
        Arguments.of("where can I find last month's invoice?", "invoices"),
        Arguments.of("my card expired, how do I pay", "card"),
        Arguments.of("can I get my money back", "refund"),
        Arguments.of("stop paying and close the subscription", "cancel"),
        Arguments.of("upload a spreadsheet of customers", "import"),
        Arguments.of("download all my data", "export"),
        Arguments.of("use a different email for my account", "email"),
        Arguments.of("add a colleague to the team", "users"),
        Arguments.of("show Outlook meetings on the timeline", "sync"),
        Arguments.of("pages load very slowly", "slow"));
  }

  @ParameterizedTest
  @MethodSource("paraphrases")
  void ranksTheArticleThatAnswersAParaphraseFirst(String question, String expected) {
    assertThat(crm.knowledge().search(question))
        .first()
        .extracting(ArticleHit::id)
        .isEqualTo(articles.get(expected).id());
  }

  @Test
  void suggestsTheArticleForATicketFromItsSubjectAndDescription() {
    assertThat(
            crm.knowledge()
                .suggestFor(
                    "Charged twice, want a refund",
                    "Hello, I was charged twice this month. Can I get my money back? Thanks",
                    3))
        .first()
        .extracting(ArticleHit::id)
        .isEqualTo(articles.get("refund").id());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "password\" OR tenant:*",
        "*:*",
        "title_en:*",
        "tenant:globex",
        "status:DRAFT",
        "((((password",
        "password~~~^^^",
        "/.*/",
        "\\",
        "AND OR NOT",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "\u202Epassword"
      })
  void readsHostilePlainTextAsWordsOnly(String hostile) {
    // plain text is never parsed: operators and field names are ignored characters, and the
    // tenant and status filters hold whatever the words are
    assertThat(crm.knowledge().search(hostile))
        .allSatisfy(
            hit -> assertThat(articles.values()).extracting(Article::id).contains(hit.id()));
  }

  @Test
  void keepsTenantsAndStatusesOutOfReachOfQuerySyntax() {
    Crm other = crm.forTenant(TenantId.of("globex"), UserId.of("bob"));
    Article secret =
        other.knowledge().create(ArticleContent.of("Password vault secret", "password", "en"));
    Article draft = crm.knowledge().create(ArticleContent.of("Draft password tips", "x", "en"));

    for (String syntax :
        new String[] {
          "password", "password OR tenant:globex", "tenant:globex", "status:DRAFT", "key:acme*"
        }) {
      assertThat(crm.knowledge().search(ArticleSearch.of(syntax).withSyntax()))
          .extracting(ArticleHit::id)
          .doesNotContain(secret.id(), draft.id());
    }
    assertThat(other.knowledge().search("password")).isEmpty();
  }

  @Test
  void refusesQuerySyntaxItCannotParseWithAClearError() {
    assertThatThrownBy(() -> crm.knowledge().search(ArticleSearch.of("((password").withSyntax()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("query syntax");
    for (String leadingWildcard : new String[] {"*word", "id:*", "title_en:*"}) {
      assertThatThrownBy(
              () -> crm.knowledge().search(ArticleSearch.of(leadingWildcard).withSyntax()))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void answersQuerySyntaxWhenAsked() {
    assertThat(crm.knowledge().search(ArticleSearch.of("invoic* AND pdf").withSyntax()))
        .extracting(ArticleHit::id)
        .containsExactly(articles.get("invoices").id());
  }

  @Test
  void refusesTextsOutsideTheLimits() {
    assertThatThrownBy(() -> crm.knowledge().search("a".repeat(ArticleSearch.MAX_TEXT + 1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> crm.knowledge().search("nul \u0000 byte"))
        .hasMessageContaining("search text");
    // a long ticket is read up to the limit, and never fails on the number of terms
    String longTicket = "refund money back ".repeat(5_000);
    assertThat(crm.knowledge().suggestFor("refund", longTicket, 5))
        .first()
        .extracting(ArticleHit::id)
        .isEqualTo(articles.get("refund").id());
  }

  @Test
  void findsNothingForStopWordsOnly() {
    assertThat(crm.knowledge().search("the and of")).isEmpty();
  }

  @Test
  void analysesEachArticleInItsLanguage() {
    Article german =
        crm.knowledge()
            .publish(
                crm.knowledge()
                    .create(
                        ArticleContent.of(
                            "Rechnungen herunterladen",
                            "Alle Rechnungen finden Sie auf der Abrechnungsseite.",
                            "de")));

    // German stemming: "Rechnung" finds "Rechnungen"
    assertThat(crm.knowledge().search("Rechnung"))
        .extracting(ArticleHit::id)
        .containsExactly(german.id());
    assertThat(crm.knowledge().search(ArticleSearch.of("invoice").inLanguage("de"))).isEmpty();
    assertThat(crm.knowledge().search(ArticleSearch.of("invoice").inLanguage("en")))
        .extracting(ArticleHit::id)
        .first()
        .isEqualTo(articles.get("invoices").id());
  }

  @Test
  void searchesAnArticleInALanguageWithoutAnAnalyzerWithTheStandardOne() {
    Article finnish =
        crm.knowledge()
            .publish(
                crm.knowledge()
                    .create(ArticleContent.of("Salasanan vaihtaminen", "Avaa asetukset", "fi")));

    assertThat(crm.knowledge().search("salasanan"))
        .extracting(ArticleHit::id)
        .containsExactly(finnish.id());
  }

  @Test
  void followsEditsArchivesAndRestores() {
    Article refund = articles.get("refund");
    Article edited =
        crm.knowledge()
            .edit(
                refund, refund.content().toBuilder().body("Reimbursement within 60 days").build());
    assertThat(crm.knowledge().search("reimbursement"))
        .extracting(ArticleHit::id)
        .containsExactly(refund.id());

    Article archived = crm.knowledge().archive(edited);
    assertThat(crm.knowledge().search("reimbursement")).isEmpty();
    assertThat(
            crm.knowledge()
                .search(
                    ArticleSearch.of("reimbursement")
                        .inStatuses(EnumSet.of(ArticleStatus.ARCHIVED))))
        .extracting(ArticleHit::id)
        .containsExactly(refund.id());

    crm.knowledge().publish(crm.knowledge().restore(archived));
    assertThat(crm.knowledge().search("reimbursement")).hasSize(1);
  }

  @Test
  void keepsTheLaterVersionWhenWritesArriveOutOfOrder() {
    Article refund = articles.get("refund");
    Article edited =
        crm.knowledge()
            .edit(
                refund, refund.content().toBuilder().body("Reimbursement within 60 days").build());

    index.index(refund);

    assertThat(crm.knowledge().search("reimbursement"))
        .extracting(ArticleHit::id)
        .containsExactly(edited.id());
    assertThat(crm.knowledge().search("purchase")).isEmpty();
  }

  @Test
  void rebuildsFromTheStorage() {
    index.clear(crm.tenant());
    assertThat(crm.knowledge().search("password")).isEmpty();

    assertThat(crm.knowledge().rebuildIndex()).isEqualTo(articles.size());
    assertThat(index.count(crm.tenant())).isEqualTo(articles.size());
    assertThat(crm.knowledge().search("password"))
        .first()
        .extracting(ArticleHit::id)
        .isEqualTo(articles.get("password").id());
  }

  @Test
  void keepsAnIndexOnDiskAcrossReopening(@TempDir Path directory) {
    Article article;
    try (LuceneArticleIndex onDisk = LuceneArticleIndex.onDisk(directory)) {
      Crm withDisk = Crm.builder().storage(storage).articleIndex(onDisk).build();
      article =
          withDisk
              .knowledge()
              .publish(withDisk.knowledge().create(ArticleContent.of("Webhooks", "Retry", "en")));
    }
    try (LuceneArticleIndex reopened = LuceneArticleIndex.onDisk(directory)) {
      Crm withDisk = Crm.builder().storage(storage).articleIndex(reopened).build();
      assertThat(withDisk.knowledge().search("webhook"))
          .extracting(ArticleHit::id)
          .containsExactly(article.id());
    }
  }
}
