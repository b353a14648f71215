package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.knowledge.Article;
import io.crmkit.core.knowledge.ArticleContent;
import io.crmkit.core.knowledge.ArticleHit;
import io.crmkit.core.knowledge.ArticleUsage;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketDetails;
import io.crmkit.scoring.knowledge.LuceneArticleIndex;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A support team's knowledge base: articles written, published and revised, searched by relevance
 * with Apache Lucene, suggested for an incoming ticket, and counted when they solve tickets.
 *
 * @since 0.1
 */
public final class KnowledgeBase {

  private KnowledgeBase() {}

  /** Publishes three articles, revises one, answers a ticket and prints the most used. */
  public static void main(String[] args) {
    try (LuceneArticleIndex index = LuceneArticleIndex.inMemory()) {
      Crm crm =
          Crm.builder()
              .articleIndex(index)
              .clock(Clock.fixed(Instant.parse("2026-05-04T09:00:00Z"), ZoneOffset.UTC))
              .actor(UserId.of("sam"))
              .build();

      Article password =
          publish(
              crm,
              ArticleContent.builder()
                  .title("Reset your password")
                  .body("Choose 'Forgot password' on the sign-in page; we email you a link.")
                  .tags("login")
                  .build());
      Article refund =
          publish(
              crm,
              ArticleContent.builder()
                  .title("Refund policy")
                  .body("Cancel within 30 days and get your money back.")
                  .tags("billing")
                  .build());
      publish(
          crm,
          ArticleContent.builder()
              .title("Rechnungen herunterladen")
              .body("Alle Rechnungen finden Sie auf der Abrechnungsseite.")
              .language("de")
              .build());

      // a published article edited: a new revision, the first kept and readable
      refund =
          crm.knowledge()
              .edit(
                  refund,
                  refund.content().toBuilder()
                      .body("Cancel within 60 days and get your money back.")
                      .build());
      System.out.println(
          refund.content().title()
              + ": revision "
              + refund.revisions().size()
              + ", was '"
              + crm.knowledge().revision(refund.id(), 1).orElseThrow().content().body()
              + "'");

      print("search 'forgot my password'", crm.knowledge().search("forgot my password"));
      print("search 'Rechnung'", crm.knowledge().search("Rechnung"));

      List<ArticleHit> suggested =
          crm.knowledge()
              .suggestFor("Charged twice", "Can I get my money back for the second charge?", 2);
      print("suggested for the ticket", suggested);

      Contact ana = crm.contacts().create(ContactDetails.builder().name("Ana", "Lima").build());
      crm.knowledge().recordUse(suggested.get(0).id(), ticket(crm, ana, "Charged twice"));
      crm.knowledge().recordUse(password.id(), ticket(crm, ana, "Locked out"));
      crm.knowledge().recordUse(suggested.get(0).id(), ticket(crm, ana, "Refund for March"));
      for (ArticleUsage usage : crm.knowledge().mostUsed(5)) {
        System.out.println(
            crm.knowledge().get(usage.article()).content().title()
                + " solved "
                + usage.tickets()
                + " tickets");
      }
    }
  }

  /** Opens a ticket of {@code requester} and returns a reference to it. */
  private static RecordRef ticket(Crm crm, Contact requester, String subject) {
    Ticket opened =
        crm.tickets()
            .open(TicketDetails.builder().subject(subject).requester(requester.id()).build());
    return RecordRef.of(RecordType.TICKET, opened.id());
  }

  private static Article publish(Crm crm, ArticleContent content) {
    return crm.knowledge().publish(crm.knowledge().create(content));
  }

  private static void print(String label, List<ArticleHit> hits) {
    System.out.println(
        label + ": " + String.join(", ", hits.stream().map(ArticleHit::title).toList()));
  }
}
