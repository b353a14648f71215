package io.crmkit.core.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.Crm;
import io.crmkit.core.NotFoundException;
import io.crmkit.core.PageRequest;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.fixtures.Ids;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.statemachine.IllegalTransitionException;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketDetails;
import java.time.Duration;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class KnowledgeServiceTests {

  private final TestClock clock = TestClock.atStart();
  private final Crm crm = Crm.builder().clock(clock).actor(UserId.of("olivia")).build();
  private final KnowledgeService knowledge = crm.knowledge();

  @Test
  void writesADraftThatSearchesLeaveOutUntilItIsPublished() {
    Article draft = knowledge.create(content("Reset your password", "Open security settings"));

    assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(draft.author()).isEqualTo(UserId.of("olivia"));
    assertThat(knowledge.search("password")).isEmpty();
    assertThat(
            knowledge.search(
                ArticleSearch.of("password").inStatuses(EnumSet.of(ArticleStatus.DRAFT))))
        .extracting(ArticleHit::id)
        .containsExactly(draft.id());

    Article published = knowledge.publish(draft);

    assertThat(knowledge.search("password")).extracting(ArticleHit::id).containsExactly(draft.id());
    assertThat(published.history())
        .singleElement()
        .satisfies(
            change -> {
              assertThat(change.from()).isEqualTo(ArticleStatus.DRAFT);
              assertThat(change.to()).isEqualTo(ArticleStatus.PUBLISHED);
              assertThat(change.event()).isEqualTo(ArticleAction.PUBLISH);
              assertThat(change.by()).isEqualTo(UserId.of("olivia"));
            });
  }

  @Test
  void keepsEveryPublishedRevisionReadable() {
    Article article = knowledge.publish(knowledge.create(content("Export invoices", "As CSV")));
    clock.advance(Duration.ofMinutes(5));
    article = knowledge.edit(article, content("Export invoices", "As CSV or as PDF"));
    article = knowledge.edit(article, content("Export invoices", "As CSV or as PDF"));

    assertThat(article.revisions()).extracting(ArticleRevision::number).containsExactly(1, 2);
    assertThat(knowledge.revision(article.id(), 1).orElseThrow().content().body())
        .isEqualTo("As CSV");
    assertThat(knowledge.revision(article.id(), 2).orElseThrow().publishedAt())
        .isEqualTo(clock.instant());
    assertThat(knowledge.revision(article.id(), 3)).isEmpty();
    assertThat(article.version()).isEqualTo(3);
  }

  @Test
  void editingADraftRecordsNoRevision() {
    Article draft = knowledge.create(content("Draft", "one"));

    Article edited = knowledge.edit(draft, content("Draft", "two"));

    assertThat(edited.revisions()).isEmpty();
    assertThat(edited.content().body()).isEqualTo("two");
  }

  @Test
  void archivingTakesAnArticleOutOfSearchAndRestoringBringsBackADraft() {
    Article article = knowledge.publish(knowledge.create(content("Refund policy", "30 days")));
    Article archived = knowledge.archive(article);

    assertThat(knowledge.search("refund")).isEmpty();
    assertThatThrownBy(() -> knowledge.edit(archived, content("Refund policy", "60 days")))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> knowledge.publish(archived))
        .isInstanceOf(IllegalTransitionException.class);

    Article restored = knowledge.restore(archived);

    assertThat(restored.status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(restored.history())
        .extracting(change -> change.event())
        .containsExactly(ArticleAction.PUBLISH, ArticleAction.ARCHIVE, ArticleAction.RESTORE);
    assertThat(knowledge.search("refund")).isEmpty();
    assertThat(knowledge.search(knowledge.publish(restored).content().title()))
        .extracting(ArticleHit::id)
        .containsExactly(article.id());
  }

  @Test
  void refusesAStaleVersion() {
    Article draft = knowledge.create(content("Stale", "body"));
    knowledge.publish(draft);

    assertThatThrownBy(() -> knowledge.archive(draft))
        .isInstanceOf(ConcurrentUpdateException.class);
  }

  @Test
  void listsArticlesByStatusInPages() {
    for (int i = 0; i < 3; i++) {
      knowledge.publish(knowledge.create(content("Published " + i, "body")));
    }
    knowledge.create(content("Draft", "body"));

    var first =
        knowledge.list(ArticleQuery.inStatus(ArticleStatus.PUBLISHED), PageRequest.first(2));
    var second =
        knowledge.list(
            ArticleQuery.inStatus(ArticleStatus.PUBLISHED), PageRequest.after(first.next(), 2));

    assertThat(first.items())
        .extracting(a -> a.content().title())
        .containsExactly("Published 0", "Published 1");
    assertThat(second.items()).extracting(a -> a.content().title()).containsExactly("Published 2");
    assertThat(knowledge.list(ArticleQuery.all(), PageRequest.first(10)).items()).hasSize(4);
  }

  @Test
  void reportsEveryBadFieldOfTheContentAtOnce() {
    assertThatThrownBy(
            () ->
                ArticleContent.builder()
                    .title(" ")
                    .body("bad \u0000 body")
                    .tags("ok", "bad\u202Etag")
                    .language("english")
                    .build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("title")
        .hasMessageContaining("body")
        .hasMessageContaining("tags")
        .hasMessageContaining("language");
  }

  @Test
  void normalisesTheLanguageCode() {
    assertThat(ArticleContent.builder().title("T").language(" PT-br ").build().language())
        .isEqualTo("pt-BR");
  }

  @Test
  void otherTenantsNeitherSeeNorChangeAnArticle() {
    Article ours = knowledge.publish(knowledge.create(content("Shipping times", "Two days")));
    Crm other = crm.forTenant(TenantId.of("globex"), UserId.of("bob"));

    assertThat(other.knowledge().find(ours.id())).isEmpty();
    assertThat(other.knowledge().search("shipping")).isEmpty();
    assertThat(other.knowledge().suggestFor("shipping", "", 5)).isEmpty();
    assertThatThrownBy(() -> other.knowledge().archive(ours.id(), ours.version()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> other.knowledge().recordUse(ours.id(), ticket()))
        .isInstanceOf(NotFoundException.class);
    assertThat(knowledge.get(ours.id())).isEqualTo(ours);
    assertThat(knowledge.mostUsed(10)).isEmpty();
  }

  @Test
  void suggestsArticlesForATicketFromItsSubjectAndDescription() {
    Article invoices =
        knowledge.publish(knowledge.create(content("Download invoices", "Billing page")));
    knowledge.publish(knowledge.create(content("Change your email", "Profile page")));

    assertThat(knowledge.suggestFor("Where are my invoices?", "I need last month's", 3))
        .extracting(ArticleHit::id)
        .first()
        .isEqualTo(invoices.id());
    assertThatThrownBy(() -> knowledge.suggestFor(" ", "", 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> knowledge.suggestFor("bad \u0000", "", 3))
        .hasMessageContaining("ticket subject");
  }

  @Test
  void countsTheTicketsAnArticleHelpedSolve() {
    Article popular = knowledge.publish(knowledge.create(content("Popular", "body")));
    Article other = knowledge.publish(knowledge.create(content("Other", "body")));
    RecordRef first = ticket();

    assertThat(knowledge.recordUse(popular.id(), first)).isTrue();
    assertThat(knowledge.recordUse(popular.id(), first)).isFalse();
    assertThat(knowledge.recordUse(popular.id(), ticket())).isTrue();
    assertThat(knowledge.recordUse(other.id(), first)).isTrue();

    assertThat(knowledge.mostUsed(10))
        .containsExactly(new ArticleUsage(popular.id(), 2), new ArticleUsage(other.id(), 1));
    assertThatThrownBy(
            () -> knowledge.recordUse(popular.id(), RecordRef.of(RecordType.DEAL, Ids.next())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ticket");
    assertThatThrownBy(() -> knowledge.recordUse(ArticleId.of(Ids.next()), ticket()))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> knowledge.recordUse(popular.id(), RecordRef.of(RecordType.TICKET, Ids.next())))
        .isInstanceOf(NotFoundException.class);
    assertThat(knowledge.mostUsed(10))
        .containsExactly(new ArticleUsage(popular.id(), 2), new ArticleUsage(other.id(), 1));
  }

  @Test
  void rebuildsTheIndexFromTheStorage() {
    knowledge.publish(knowledge.create(content("Two-factor login", "Use an app")));
    knowledge.create(content("Draft login", "Not yet"));

    assertThat(knowledge.rebuildIndex()).isEqualTo(2);
    assertThat(knowledge.search("login")).hasSize(1);
  }

  @Test
  void refusesSearchesOutsideItsLimits() {
    assertThatThrownBy(() -> knowledge.search(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> knowledge.search("x".repeat(ArticleSearch.MAX_TEXT + 1)))
        .hasMessageContaining("search text");
    assertThatThrownBy(() -> ArticleSearch.of("ok").withLimit(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Opens a ticket in the tenant and returns a reference to it. */
  private RecordRef ticket() {
    Contact requester = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
    Ticket opened =
        crm.tickets()
            .open(
                TicketDetails.builder().subject("Charged twice").requester(requester.id()).build());
    return RecordRef.of(RecordType.TICKET, opened.id());
  }

  private static ArticleContent content(String title, String body) {
    return ArticleContent.builder().title(title).body(body).build();
  }
}
