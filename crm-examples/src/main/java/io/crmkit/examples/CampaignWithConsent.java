package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.campaign.Audience;
import io.crmkit.core.campaign.Campaign;
import io.crmkit.core.campaign.CampaignDetails;
import io.crmkit.core.campaign.CampaignFunnel;
import io.crmkit.core.campaign.DueRun;
import io.crmkit.core.campaign.EngagementKind;
import io.crmkit.core.campaign.ProviderEvent;
import io.crmkit.core.campaign.UnsubscribeEndpoint;
import io.crmkit.core.consent.Channel;
import io.crmkit.core.consent.ConsentEvidence;
import io.crmkit.core.consent.ConsentSource;
import io.crmkit.core.consent.LegalBasis;
import io.crmkit.core.consent.PendingConfirmation;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.consent.Subscription;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.memory.InMemoryMessageGateway;
import io.crmkit.core.message.OutboundMessage;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.scoring.CrmAnalytics;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A newsletter sent with consent: one reader signs up by double opt-in, another on a form; a
 * campaign to a static list goes out through the in-memory gateway, one reader unsubscribes with
 * the link in her message, and the next campaign, a day later, is not sent to her.
 *
 * @since 0.1
 */
public final class CampaignWithConsent {

  private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
  private static final Purpose NEWSLETTER = Purpose.of("newsletter");

  private CampaignWithConsent() {}

  /** Sends two campaigns a day apart, with an unsubscribe in between. */
  public static void main(String[] args) {
    CrmStorage storage = InMemoryCrmStorage.create();
    InMemoryMessageGateway gateway = InMemoryMessageGateway.create();
    Crm monday = crm(storage, gateway, MONDAY);
    monday.consent().defineType(NEWSLETTER, "Newsletter");
    monday
        .messages()
        .createTemplate(
            TemplateContent.email("newsletter")
                .subject("News from Acme")
                .text("Hello {{contact.firstName}}, here is what is new.")
                .field("contact.firstName", "there")
                .build());

    Contact ana = reader(monday, "Ana", "ana@example.com");
    Contact bea = reader(monday, "Bea", "bea@example.com");
    PendingConfirmation asked =
        monday
            .consent()
            .requestConfirmation(
                Subscription.of(ana.id(), Channel.EMAIL, NEWSLETTER),
                ConsentSource.FORM,
                ConsentEvidence.of("Send me the newsletter", "footer form", "203.0.113.7"),
                Duration.ofDays(7));
    monday.consent().confirm(asked.token(), ConsentEvidence.of("", "confirmation page", null));
    monday
        .consent()
        .grant(
            Subscription.of(bea.id(), Channel.EMAIL, NEWSLETTER),
            LegalBasis.CONSENT,
            ConsentSource.FORM,
            ConsentEvidence.of("Send me the newsletter", "fair sign-up", null));
    CrmAnalytics.on(monday).lists().create("readers");
    CrmAnalytics.on(monday).lists().addMembers("readers", List.of(ana.id(), bea.id()));

    Campaign spring = send(monday, "Spring news");
    OutboundMessage toBea = gateway.sentTo(EmailAddress.of("bea@example.com")).get(0);
    String token = tokenIn(toBea.headers().get("List-Unsubscribe"));
    System.out.println("Bea clicks unsubscribe: " + monday.consent().unsubscribe(token).status());
    String anasMessage =
        monday.campaigns().recipientsOf(ana.id()).get(0).providerMessageId().orElseThrow();
    monday
        .campaigns()
        .record(ProviderEvent.of(anasMessage, EngagementKind.OPENED, MONDAY.plusSeconds(600)));
    CampaignFunnel funnel = monday.campaigns().funnel(spring.id());
    System.out.println("Spring news: " + funnel.sent() + " sent, " + funnel.opened() + " opened");

    Crm tuesday = crm(storage, gateway, MONDAY.plus(Duration.ofDays(1)));
    send(tuesday, "Tuesday tips");
    System.out.println(
        "Tuesday tips went to "
            + gateway.sent().stream().skip(2).map(OutboundMessage::to).toList());
  }

  private static Crm crm(CrmStorage storage, InMemoryMessageGateway gateway, Instant at) {
    return Crm.builder()
        .storage(storage)
        .tenant(TenantId.of("acme"))
        .actor(UserId.of("marketing"))
        .clock(Clock.fixed(at, ZoneOffset.UTC))
        .messageGateway(gateway)
        .unsubscribeSecret("an example secret of 32 bytes or more".getBytes(StandardCharsets.UTF_8))
        .unsubscribeEndpoint(
            new UnsubscribeEndpoint(
                URI.create("https://acme.example/unsubscribe"),
                EmailAddress.of("unsubscribe@acme.example")))
        .build();
  }

  private static Contact reader(Crm crm, String name, String email) {
    return crm.contacts()
        .create(ContactDetails.builder().name(name, "Reader").email(email).build());
  }

  private static Campaign send(Crm crm, String name) {
    Campaign draft =
        crm.campaigns()
            .create(
                CampaignDetails.email(
                    name,
                    "newsletter",
                    EmailAddress.of("news@acme.example"),
                    Audience.ofLists("readers"),
                    NEWSLETTER,
                    500));
    crm.campaigns().schedule(draft.id(), draft.version(), crm.clock().instant());
    DueRun run = crm.campaigns().runDue();
    System.out.println(name + ": sent " + run.sent() + ", skipped " + run.skipped());
    return draft;
  }

  /** Returns the signed token in a {@code List-Unsubscribe} header's web link. */
  private static String tokenIn(String header) {
    int start = header.indexOf("token=") + "token=".length();
    return java.net.URLDecoder.decode(
        header.substring(start, header.indexOf('>', start)), StandardCharsets.UTF_8);
  }
}
