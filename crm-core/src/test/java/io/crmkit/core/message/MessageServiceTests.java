package io.crmkit.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.Crm;
import io.crmkit.core.DuplicateException;
import io.crmkit.core.FieldError;
import io.crmkit.core.PageRequest;
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
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.memory.InMemoryMessageGateway;
import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MessageServiceTests {

  private final TestClock clock = TestClock.atStart();
  private final InMemoryMessageGateway gateway = InMemoryMessageGateway.create();
  private final Crm crm =
      Crm.builder()
          .clock(clock)
          .actor(UserId.of("olivia"))
          .messageGateway(gateway)
          .userDirectory(
              (tenant, user) ->
                  user.equals(UserId.of("olivia"))
                      ? Optional.of(
                          new UserProfile("Olivia Owen", EmailAddress.of("olivia@example.com")))
                      : Optional.empty())
          .build();
  private final MessageService messages = crm.messages();
  private final Envelope envelope =
      Envelope.email(EmailAddress.of("news@example.com"), "Example News");

  private Contact ana() {
    return crm.contacts()
        .create(
            ContactDetails.builder()
                .name("Ana", "Lima")
                .jobTitle("CTO")
                .email("ana@example.com")
                .build());
  }

  private Contact nameless() {
    // owned by a user the directory does not know
    return crm.actingAs(UserId.of("bo"))
        .contacts()
        .create(ContactDetails.builder().name("", "Xu").email("x@example.com").build());
  }

  private static TemplateContent.Builder welcome() {
    return TemplateContent.email("Welcome")
        .subject("Welcome, {{contact.firstName}}")
        .html("<p>Hello {{contact.firstName}}, from {{owner.name}}</p>")
        .text("Hello {{contact.firstName}}, from {{owner.name}}")
        .field("contact.firstName", "there")
        .field("owner.name", "the team");
  }

  @Test
  void rendersTheContactAndItsOwnerIntoEveryPart() {
    MessageTemplate template = messages.createTemplate(welcome().build());

    RenderedMessage preview = messages.preview(template.id(), ana().id());

    assertThat(preview.subject()).isEqualTo("Welcome, Ana");
    assertThat(preview.html()).isEqualTo("<p>Hello Ana, from Olivia Owen</p>");
    assertThat(preview.text()).isEqualTo("Hello Ana, from Olivia Owen");
    assertThat(template.version()).isEqualTo(1);
    assertThat(template.author()).isEqualTo(UserId.of("olivia"));
  }

  @Test
  void usesTheDeclaredFallbackForAMissingValue() {
    MessageTemplate template = messages.createTemplate(welcome().build());

    RenderedMessage preview = messages.preview(template.id(), nameless().id());

    assertThat(preview.subject()).isEqualTo("Welcome, there");
    assertThat(preview.text()).isEqualTo("Hello there, from the team");
  }

  @Test
  void escapesValuesInHtmlButNotInText() {
    Contact hostile =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("<b>Tom & \"Jerry\"</b>", "X")
                    .email("t@example.com")
                    .build());
    MessageTemplate template = messages.createTemplate(welcome().build());

    RenderedMessage preview = messages.preview(template.id(), hostile.id());

    assertThat(preview.html())
        .contains("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;")
        .doesNotContain("<b>");
    assertThat(preview.text()).contains("<b>Tom & \"Jerry\"</b>");
  }

  @Test
  void mergesCompanyAndCustomFieldsAndShowsSectionsOnlyForPresentValues() {
    crm.customFields().define(CustomFieldDefinition.text(RecordType.CONTACT, "tier", "Tier"));
    crm.customFields().define(CustomFieldDefinition.text(RecordType.COMPANY, "region", "Region"));
    Company acme =
        crm.companies()
            .create(
                CompanyDetails.builder()
                    .name("Acme")
                    .domain("acme.com")
                    .customField("region", CustomFieldValue.Text.of("EMEA"))
                    .build());
    Contact ana =
        crm.contacts()
            .create(
                ContactDetails.builder()
                    .name("Ana", "Lima")
                    .email("ana@acme.com")
                    .company(CompanyLink.primary(acme.id(), "CTO"))
                    .customField("tier", CustomFieldValue.Text.of("gold"))
                    .build());
    MessageTemplate template =
        messages.createTemplate(
            TemplateContent.email("Account")
                .subject("{{company.name}} ({{company.domain}})")
                .text(
                    "{{#contact.custom.tier}}Tier {{contact.custom.tier}}{{/contact.custom.tier}}"
                        + "{{^contact.jobTitle}}, no title{{/contact.jobTitle}}"
                        + " in {{company.custom.region}}")
                .field("company.name")
                .field("company.domain")
                .field("contact.custom.tier")
                .field("contact.jobTitle")
                .field("company.custom.region", "somewhere")
                .build());

    RenderedMessage preview = messages.preview(template.id(), ana.id());

    assertThat(preview.subject()).isEqualTo("Acme (acme.com)");
    assertThat(preview.text()).isEqualTo("Tier gold, no title in EMEA");
  }

  @Test
  void refusesAFieldTheTemplateDoesNotDeclareNamingItAndItsLine() {
    assertThatThrownBy(
            () ->
                messages.createTemplate(
                    TemplateContent.email("Bad")
                        .subject("Hi")
                        .text("Hello\n{{contact.lastName}}")
                        .build()))
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field, FieldError::value)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("text", "contact.lastName")))
        .hasMessageContaining("line 2")
        .hasMessageContaining("does not declare");
    assertThat(messages.listTemplates(PageRequest.first(10)).items()).isEmpty();
  }

  @Test
  void refusesAnUnknownFieldAndACustomFieldTheTenantHasNotDefined() {
    assertThatThrownBy(
            () ->
                messages.createTemplate(
                    TemplateContent.email("Bad")
                        .subject("Hi {{contact.nickname}}")
                        .text("{{contact.custom.tier}}")
                        .field("contact.nickname")
                        .field("contact.custom.tier")
                        .build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("contact.nickname")
        .hasMessageContaining("contact.custom.tier")
        .hasMessageContaining("not a merge field crmkit knows");
  }

  @Test
  void refusesInvalidMustacheAndWhatWouldReadOtherTemplatesOrMergeRawHtml() {
    assertThatThrownBy(
            () ->
                messages.createTemplate(
                    TemplateContent.email("Broken")
                        .subject("Hi")
                        .text("{{#contact.firstName}}open")
                        .field("contact.firstName")
                        .build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("text")
        .hasMessageContaining("not valid Mustache");
    assertThatThrownBy(
            () ->
                messages.createTemplate(
                    TemplateContent.email("Raw")
                        .subject("Hi")
                        .html("{{{contact.firstName}}} {{> footer}}")
                        .text("Hi")
                        .field("contact.firstName")
                        .build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("unescaped HTML")
        .hasMessageContaining("partials");
  }

  @Test
  void refusesSectionsNestedTooDeeplyToCompile() {
    String open = "{{#owner.id}}".repeat(3_500);
    String close = "{{/owner.id}}".repeat(3_500);

    assertThatThrownBy(
            () ->
                messages.createTemplate(
                    TemplateContent.email("Deep")
                        .subject("Hi")
                        .text(open + "x" + close)
                        .field("owner.id")
                        .build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("nested too deeply");
    String deep = "{{#owner.id}}".repeat(21) + "x" + "{{/owner.id}}".repeat(21);
    assertThatThrownBy(
            () ->
                messages.createTemplate(
                    TemplateContent.email("Deep")
                        .subject("Hi")
                        .text(deep)
                        .field("owner.id")
                        .build()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("nested 21 levels deep; at most 20");
    String allowed = "{{#owner.id}}".repeat(20) + "x" + "{{/owner.id}}".repeat(20);
    MessageTemplate template =
        messages.createTemplate(
            TemplateContent.email("Deep").subject("Hi").text(allowed).field("owner.id").build());
    assertThat(messages.preview(template.id(), ana().id()).text()).isEqualTo("x");
  }

  @Test
  void refusesOversizedAndMisshapenContentListingEveryProblem() {
    assertThatThrownBy(
            () ->
                TemplateContent.sms("Text")
                    .subject("no subjects in SMS")
                    .text("x".repeat(TemplateContent.MAX_SMS_TEXT + 1))
                    .field("contact.firstName")
                    .field("contact.firstName")
                    .build())
        .isInstanceOf(ValidationException.class)
        .satisfies(
            e ->
                assertThat(((ValidationException) e).errors())
                    .extracting(FieldError::field)
                    .containsExactly("subject", "text", "mergeFields"));
    assertThatThrownBy(() -> TemplateContent.email("Bad\u0000name").subject("s").text("t").build())
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("U+0000");
  }

  @Test
  void keepsNamesUniqueAndChecksTheVersionOnEdit() {
    MessageTemplate template = messages.createTemplate(welcome().build());
    assertThatThrownBy(() -> messages.createTemplate(welcome().build()))
        .isInstanceOf(DuplicateException.class);

    MessageTemplate edited =
        messages.editTemplate(template, welcome().subject("Hi {{contact.firstName}}").build());

    assertThat(edited.version()).isEqualTo(2);
    assertThat(messages.findTemplate("Welcome")).contains(edited);
    assertThatThrownBy(() -> messages.editTemplate(template, welcome().build()))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(messages.editTemplate(edited, edited.content())).isEqualTo(edited);
  }

  @Test
  void composesATransactionalEmailWithoutUnsubscribeHeaders() {
    MessageTemplate template = messages.createTemplate(welcome().build());
    Contact ana = ana();

    OutboundMessage message = messages.compose(template.id(), ana.id(), envelope);
    DeliveryReceipt receipt = gateway.send(message);

    assertThat(message.to()).isEqualTo("ana@example.com");
    assertThat(message.from()).isEqualTo("news@example.com");
    assertThat(message.fromName()).isEqualTo("Example News");
    assertThat(message.subject()).isEqualTo("Welcome, Ana");
    assertThat(message.headers()).isEmpty();
    assertThat(message.text()).doesNotContain("Unsubscribe");
    assertThat(receipt.messageId()).isEqualTo(message.id());
    assertThat(gateway.byProviderId(receipt.providerMessageId())).contains(message);
  }

  @Test
  void composesAMarketingEmailWithOneClickHeadersAndALinkInTheBody() {
    MessageTemplate template = messages.createTemplate(welcome().build());
    Contact ana = ana();
    UnsubscribeLinks links =
        contact ->
            new UnsubscribeLink(
                URI.create("https://crm.example.com/u?t=" + contact + "&x=<1>".replace("<1>", "1")),
                URI.create("mailto:unsubscribe@example.com?subject=" + contact));

    OutboundMessage message = messages.compose(template.id(), ana.id(), envelope.marketing(links));

    String web = "https://crm.example.com/u?t=" + ana.id() + "&x=1";
    assertThat(message.header("list-unsubscribe"))
        .contains("<mailto:unsubscribe@example.com?subject=" + ana.id() + ">, <" + web + ">");
    assertThat(message.header("List-Unsubscribe-Post")).contains("List-Unsubscribe=One-Click");
    assertThat(message.text()).endsWith("Unsubscribe: " + web);
    // Mustache escapes the address as HTML text, which a browser reads back unchanged
    assertThat(message.html())
        .contains("href=\"" + web.replace("&", "&amp;").replace("=", "&#61;") + "\"");
  }

  @Test
  void placesTheUnsubscribeLinkWhereTheTemplateMergesIt() {
    MessageTemplate template =
        messages.createTemplate(
            TemplateContent.email("News")
                .subject("News")
                .html(
                    "<html><body><p>News</p><a href=\"{{unsubscribe.url}}\">Leave</a></body></html>")
                .text("News. Leave: {{unsubscribe.url}}")
                .field("unsubscribe.url", "")
                .build());
    UnsubscribeLinks links =
        contact ->
            new UnsubscribeLink(
                URI.create("https://crm.example.com/u/" + contact),
                URI.create("mailto:u@example.com"));
    Contact ana = ana();

    OutboundMessage message = messages.compose(template.id(), ana.id(), envelope.marketing(links));

    assertThat(message.text()).isEqualTo("News. Leave: https://crm.example.com/u/" + ana.id());
    assertThat(message.html()).doesNotContain("Unsubscribe</a>");
  }

  @Test
  void addsTheFooterBeforeTheEndOfTheHtmlBody() {
    MessageTemplate template =
        messages.createTemplate(
            TemplateContent.email("News")
                .subject("News")
                .html("<html><BODY><p>News</p></BODY></html>")
                .text("News")
                .build());
    UnsubscribeLinks links =
        contact ->
            new UnsubscribeLink(
                URI.create("https://crm.example.com/u/1"), URI.create("mailto:u@example.com"));

    OutboundMessage message =
        messages.compose(template.id(), ana().id(), envelope.marketing(links));

    assertThat(message.html())
        .isEqualTo(
            "<html><BODY><p>News</p><p style=\"font-size:small\">"
                + "<a href=\"https://crm.example.com/u/1\">Unsubscribe</a></p></BODY></html>");
  }

  @Test
  void refusesToComposeForAContactWithoutAnAddress() {
    MessageTemplate template = messages.createTemplate(welcome().build());
    Contact noEmail = crm.contacts().create(ContactDetails.builder().name("No", "Mail").build());

    assertThatThrownBy(() -> messages.compose(template.id(), noEmail.id(), envelope))
        .isInstanceOf(MissingAddressException.class)
        .hasMessageContaining(noEmail.id().toString())
        .hasMessageContaining("email address");
  }

  @Test
  void composesAnSmsToThePrimaryPhone() {
    MessageTemplate template =
        messages.createTemplate(
            TemplateContent.sms("Reminder")
                .text("Hi {{contact.firstName}}, see you at 10.")
                .field("contact.firstName", "there")
                .build());
    Contact bo =
        crm.contacts()
            .create(ContactDetails.builder().name("Bo", "Berg").phone("+49 30 1234567").build());

    OutboundMessage message = messages.compose(template.id(), bo.id(), Envelope.sms("ACME"));

    assertThat(message.channel()).isEqualTo(MessageChannel.SMS);
    assertThat(message.to()).isEqualTo("+49301234567");
    assertThat(message.text()).isEqualTo("Hi Bo, see you at 10.");
    assertThatThrownBy(() -> messages.composer(template.id(), envelope))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SMS");
  }

  @Test
  void gatewayRefusesBouncedAndFailingAddresses() {
    MessageTemplate template = messages.createTemplate(welcome().build());
    Contact ana = ana();
    gateway.bounce(EmailAddress.of("ana@example.com"));

    OutboundMessage message = messages.compose(template.id(), ana.id(), envelope);

    assertThatThrownBy(() -> gateway.send(message))
        .isInstanceOfSatisfying(
            MessageRejectedException.class, e -> assertThat(e.permanent()).isTrue());
    gateway.failFor(EmailAddress.of("ana@example.com"));
    assertThatThrownBy(() -> gateway.send(message))
        .isInstanceOfSatisfying(
            MessageRejectedException.class, e -> assertThat(e.permanent()).isFalse());
    gateway.heal(EmailAddress.of("ana@example.com"));
    assertThat(gateway.send(message).providerMessageId()).isEqualTo("memory-1");
    assertThat(gateway.sentTo(EmailAddress.of("ana@example.com"))).containsExactly(message);
  }

  @Test
  void aCrmWithoutAGatewayRefusesToSend() {
    Crm plain = Crm.inMemory();
    MessageTemplate template = plain.messages().createTemplate(welcome().build());
    Contact ana =
        plain
            .contacts()
            .create(ContactDetails.builder().name("Ana", "").email("ana@example.com").build());
    OutboundMessage message = plain.messages().compose(template.id(), ana.id(), envelope);

    assertThatThrownBy(() -> io.crmkit.core.spi.MessageGateway.NONE.send(message))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("CrmBuilder.messageGateway");
  }
}
