package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.PageRequest;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEntry;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.PendingConfirmation;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.SendDecision;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.consent.SuppressedAddress;
import io.crmkit.core.consent.SuppressionReason;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

/**
 * Consent to a newsletter: a double opt-in confirmed through its link, a one-click unsubscribe
 * through a signed link, a hard bounce on the suppression list, an "unsubscribe from everything",
 * and the one question every sender asks immediately before handing a message to the gateway: may
 * this contact be sent this, now?
 *
 * @since 0.1
 */
public final class ConsentAndOptIn {

  /** The newsletter's key in the ledger. */
  private static final Purpose NEWSLETTER = Purpose.of("newsletter");

  private ConsentAndOptIn() {}

  /** Signs Ana up twice over, imports Bo and Cy, and asks who may get the newsletter. */
  public static void main(String[] args) {
    CrmStorage storage = InMemoryCrmStorage.create();
    Crm crm = at(storage, Instant.parse("2026-03-02T09:00:00Z"));
    crm.consent().defineType(NEWSLETTER, "Monthly newsletter");
    Contact ana = contact(crm, "Ana", "ana@example.com");
    Subscription anaNews = Subscription.of(ana.id(), Channel.EMAIL, NEWSLETTER);

    // the sign-up form: the wording shown and the IP address are the evidence
    PendingConfirmation asked =
        crm.consent()
            .requestConfirmation(
                anaNews,
                ConsentSource.FORM,
                ConsentEvidence.of("Send me the monthly newsletter", "footer", "203.0.113.7"),
                Duration.ofDays(7));
    System.out.println("after sign-up: " + crm.consent().maySend(anaNews).reason());

    // an hour later Ana follows the link of the confirmation email, which carries the token
    Crm later = at(storage, Instant.parse("2026-03-02T10:00:00Z"));
    later
        .consent()
        .confirm(asked.token(), ConsentEvidence.of("", "confirmation page", "203.0.113.7"));
    SendDecision confirmed = later.consent().maySend(anaNews);
    System.out.println("after confirming: " + confirmed.reason() + " since " + confirmed.since());

    // every newsletter carries Ana's signed unsubscribe link; one click withdraws, a second
    // click changes nothing
    String link = later.consent().unsubscribeToken(anaNews);
    later.consent().unsubscribe(link);
    later.consent().unsubscribe(link);
    List<ConsentEntry> history = later.consent().history(ana.id(), PageRequest.first(10)).items();
    System.out.println(
        "after unsubscribing: "
            + later.consent().maySend(anaNews).reason()
            + ", ledger "
            + history.stream().map(entry -> entry.status().name()).toList());

    // Bo and Cy were imported with their consent; Bo's mailbox no longer exists
    Contact bo = contact(later, "Bo", "bo@example.org");
    Contact cy = contact(later, "Cy", "cy@example.net");
    for (Contact imported : List.of(bo, cy)) {
      later
          .consent()
          .grant(
              Subscription.of(imported.id(), Channel.EMAIL, NEWSLETTER),
              LegalBasis.CONSENT,
              ConsentSource.IMPORT,
              ConsentEvidence.of("Yes, newsletter", "2025 trade fair list", null));
    }
    later
        .consent()
        .suppress(
            SuppressedAddress.email(EmailAddress.of("bo@example.org")),
            SuppressionReason.HARD_BOUNCE);
    Set<ContactId> audience =
        later.consent().allowed(List.of(ana.id(), bo.id(), cy.id()), Channel.EMAIL, NEWSLETTER);
    System.out.println(
        "Bo: "
            + later
                .consent()
                .maySend(Subscription.of(bo.id(), Channel.EMAIL, NEWSLETTER))
                .reason());
    System.out.println("may get the newsletter: " + names(later, audience));

    // Cy asks never to be written to again
    later.consent().withdrawAll(cy.id(), ConsentSource.AGENT);
    System.out.println(
        "after unsubscribing from everything: "
            + later.consent().allowed(List.of(cy.id()), Channel.EMAIL, NEWSLETTER).size()
            + ", cy@example.net suppressed: "
            + later
                .consent()
                .suppression(SuppressedAddress.email(EmailAddress.of("cy@example.net")))
                .isPresent());
  }

  /** Returns the CRM on {@code storage} at the instant {@code now}. */
  private static Crm at(CrmStorage storage, Instant now) {
    return Crm.builder()
        .storage(storage)
        .clock(Clock.fixed(now, ZoneOffset.UTC))
        // a host loads its secret from its secret store; it must not change between restarts
        .unsubscribeSecret(
            "example secret: 32 bytes or more of randomness".getBytes(StandardCharsets.UTF_8))
        .build();
  }

  private static Contact contact(Crm crm, String name, String email) {
    return crm.contacts().create(ContactDetails.builder().name(name, null).email(email).build());
  }

  private static List<String> names(Crm crm, Set<ContactId> ids) {
    return ids.stream()
        .map(id -> crm.contacts().get(id).details().name().display())
        .sorted()
        .toList();
  }
}
