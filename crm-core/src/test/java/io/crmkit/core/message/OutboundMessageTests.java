package io.crmkit.core.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.TenantId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.fixtures.Ids;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutboundMessageTests {

  private static final TenantId TENANT = TenantId.of("acme");

  private final OutboundMessage email =
      OutboundMessage.email(
          MessageId.of(Ids.next()),
          TENANT,
          EmailAddress.of("news@acme.com"),
          EmailAddress.of("ana@example.com"),
          "Hello",
          "<p>Hello</p>",
          "Hello");

  @Test
  void refusesAHeaderValueThatWouldStartAnotherHeader() {
    assertThatThrownBy(() -> email.withHeader("X-Campaign", "june\r\nBcc: all@example.com"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("header X-Campaign");
  }

  @Test
  void refusesTheHeadersTheGatewayWritesAndNamesThatAreNotFieldNames() {
    assertThatThrownBy(() -> email.withHeader("Message-ID", "<x@y>"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("written by the gateway");
    assertThatThrownBy(() -> email.withHeader("bcc", "x@example.com"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> email.withHeader("X Campaign", "june"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a header name");
  }

  @Test
  void replacesAHeaderOfTheSameNameWhateverItsCase() {
    OutboundMessage tagged = email.withHeader("X-Campaign", "may").withHeader("x-campaign", "june");

    assertThat(tagged.headers()).isEqualTo(Map.of("x-campaign", "june"));
    assertThat(tagged.header("X-CAMPAIGN")).contains("june");
  }

  @Test
  void refusesAddressesNotInNormalForm() {
    assertThatThrownBy(
            () ->
                new OutboundMessage(
                    email.id(),
                    TENANT,
                    MessageChannel.EMAIL,
                    "news@acme.com",
                    "",
                    "Ana@Example.com",
                    "Hi",
                    null,
                    "Hi",
                    Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("normal form");
  }

  @Test
  void anSmsHasATextOnly() {
    OutboundMessage sms =
        OutboundMessage.sms(
            MessageId.of(Ids.next()), TENANT, "ACME", PhoneNumber.parse("+49 30 1234567"), "Hi");

    assertThat(sms.to()).isEqualTo("+49301234567");
    assertThatThrownBy(() -> sms.withHeader("X-Campaign", "june"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no headers");
    assertThatThrownBy(
            () ->
                OutboundMessage.sms(
                    MessageId.of(Ids.next()),
                    TENANT,
                    "ACME",
                    PhoneNumber.parse("+49 30 1234567"),
                    "x".repeat(OutboundMessage.MAX_SMS_TEXT + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("SMS text");
  }

  @Test
  void anUnsubscribeLinkIsHttpsAndMailtoAndFitsInAHeader() {
    UnsubscribeLink link =
        new UnsubscribeLink(
            URI.create("https://acme.com/u?t=abc"), URI.create("mailto:u@acme.com?subject=abc"));

    assertThat(link.listUnsubscribeHeader())
        .isEqualTo("<mailto:u@acme.com?subject=abc>, <https://acme.com/u?t=abc>");
    assertThatThrownBy(
            () ->
                new UnsubscribeLink(
                    URI.create("http://acme.com/u"), URI.create("mailto:u@acme.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("https");
    assertThatThrownBy(
            () ->
                new UnsubscribeLink(
                    URI.create("https://acme.com/u?a=1,2"), URI.create("mailto:u@acme.com")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("comma");
  }

  @Test
  void aMergeFieldNameIsDottedWords() {
    assertThat(MergeField.of("contact.custom.plan_tier").name())
        .isEqualTo("contact.custom.plan_tier");
    assertThatThrownBy(() -> MergeField.of("contact..name"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a merge field name");
    assertThatThrownBy(() -> MergeField.of("contact.name", "two\nlines"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fallback of contact.name");
  }
}
