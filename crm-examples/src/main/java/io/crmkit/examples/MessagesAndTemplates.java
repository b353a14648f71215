package io.crmkit.examples;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.ValidationException;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.memory.InMemoryMessageGateway;
import io.crmkit.core.message.DeliveryReceipt;
import io.crmkit.core.message.Envelope;
import io.crmkit.core.message.MessageComposer;
import io.crmkit.core.message.MessageRejectedException;
import io.crmkit.core.message.MessageTemplate;
import io.crmkit.core.message.OutboundMessage;
import io.crmkit.core.message.RenderedMessage;
import io.crmkit.core.message.TemplateContent;
import io.crmkit.core.message.UnsubscribeLink;
import io.crmkit.core.message.UnsubscribeLinks;
import io.crmkit.core.message.UserProfile;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Message templates and the messages made from them: a template checked when saved, previewed for
 * one contact with fallbacks for what is missing, and a marketing email composed for each recipient
 * with its one-click unsubscribe headers, sent through an in-memory gateway that bounces one
 * address.
 *
 * @since 0.1
 */
public final class MessagesAndTemplates {

  private MessagesAndTemplates() {}

  /** Saves a template, previews it, and sends a newsletter to two contacts. */
  public static void main(String[] args) {
    InMemoryMessageGateway gateway = InMemoryMessageGateway.create();
    Crm crm =
        Crm.builder()
            .clock(Clock.fixed(Instant.parse("2026-06-01T09:00:00Z"), ZoneOffset.UTC))
            .actor(UserId.of("olivia"))
            .messageGateway(gateway)
            // the host's users: who signs for a contact's owner
            .userDirectory(
                (tenant, user) ->
                    Optional.of(
                        new UserProfile("Olivia Owen", EmailAddress.of("olivia@acme-tools.com"))))
            .build();
    crm.customFields().define(CustomFieldDefinition.text(RecordType.CONTACT, "plan", "Plan"));
    Company initech = crm.companies().create(CompanyDetails.builder().name("Initech").build());
    Contact ana =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .email("ana@initech.com")
                    .company(CompanyLink.primary(initech.id(), "buyer"))
                    .customField("plan", CustomFieldValue.Text.of("Gold"))
                    .build());
    Contact bo =
        crm.contacts()
            .create(ContactDetails.builder().name("", "Berg").email("bo@example.com").build());

    // a field the template does not declare is refused when saved, named with its line
    try {
      crm.messages()
          .createTemplate(
              TemplateContent.email("Broken")
                  .subject("Hi")
                  .text("Hi {{contact.lastName}}")
                  .build());
    } catch (ValidationException refused) {
      System.out.println("refused: " + refused.getMessage());
    }

    MessageTemplate news =
        crm.messages()
            .createTemplate(
                TemplateContent.email("June news")
                    .subject("{{company.name}}: what's new in June")
                    .html(
                        "<html><body><p>Hello {{contact.firstName}},</p>"
                            + "{{#contact.custom.plan}}<p>As a {{contact.custom.plan}} customer"
                            + " you get early access.</p>{{/contact.custom.plan}}"
                            + "<p>{{owner.name}}</p></body></html>")
                    .text(
                        "Hello {{contact.firstName}},\n"
                            + "{{#contact.custom.plan}}As a {{contact.custom.plan}} customer"
                            + " you get early access.\n{{/contact.custom.plan}}"
                            + "{{owner.name}}")
                    .field("contact.firstName", "there")
                    .field("contact.custom.plan")
                    .field("company.name", "Acme Tools")
                    .field("owner.name", "The Acme Tools team")
                    .build());

    RenderedMessage preview = crm.messages().preview(news.id(), ana.id());
    System.out.println("preview subject: " + preview.subject());
    System.out.println("preview text: " + preview.text().replace("\n", " / "));
    System.out.println(
        "for Bo: " + crm.messages().preview(news.id(), bo.id()).text().replace("\n", " / "));

    // the consent ledger's signed links in a real host; here a stand-in per contact
    UnsubscribeLinks links =
        contact ->
            new UnsubscribeLink(
                URI.create("https://acme-tools.com/unsubscribe?contact=" + contact),
                URI.create("mailto:unsubscribe@acme-tools.com?subject=" + contact));
    MessageComposer composer =
        crm.messages()
            .composer(
                news.id(),
                Envelope.email(EmailAddress.of("news@acme-tools.com"), "Acme Tools")
                    .marketing(links));
    gateway.bounce(EmailAddress.of("bo@example.com"));
    for (Contact recipient : List.of(ana, bo)) {
      OutboundMessage message = composer.compose(recipient);
      try {
        DeliveryReceipt receipt = gateway.send(message);
        System.out.println(
            "sent to "
                + message.to()
                + " as "
                + receipt.providerMessageId()
                + ", List-Unsubscribe-Post: "
                + message.header("List-Unsubscribe-Post").orElseThrow()
                + ", link in the text: "
                + message.text().contains("Unsubscribe: https://acme-tools.com/unsubscribe"));
      } catch (MessageRejectedException rejected) {
        System.out.println(
            (rejected.permanent() ? "hard bounce: " : "try again later: ") + rejected.recipient());
      }
    }
  }
}
