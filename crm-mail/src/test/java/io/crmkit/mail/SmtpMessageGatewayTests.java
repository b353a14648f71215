package io.crmkit.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.crmkit.core.TenantId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.message.DeliveryReceipt;
import io.crmkit.core.message.MessageId;
import io.crmkit.core.message.MessageRejectedException;
import io.crmkit.core.message.OutboundMessage;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SMTP gateway against GreenMail, an SMTP server in the test's process. */
class SmtpMessageGatewayTests {

  private static final TenantId TENANT = TenantId.of("acme");

  private final GreenMail server =
      new GreenMail(ServerSetupTest.SMTP.dynamicPort())
          .withConfiguration(GreenMailConfiguration.aConfig().withUser("crm", "secret"));

  @BeforeEach
  void start() {
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  private SmtpMessageGateway gateway(String password) {
    return SmtpMessageGateway.builder("127.0.0.1", server.getSmtp().getPort())
        .credentials("crm", password)
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  private static OutboundMessage email(String to, String html) {
    return OutboundMessage.email(
            MessageId.of(UUID.fromString("01900000-0000-7000-8000-000000000001")),
            TENANT,
            EmailAddress.of("news@acme.com"),
            EmailAddress.of(to),
            "Grüße aus Zürich — 10 % off ✓",
            html,
            "Hallo Jürgen,\nplain text ✓")
        .withFromName("Acme Neuigkeiten")
        .withHeader("List-Unsubscribe", "<mailto:u@acme.com?subject=x>, <https://acme.com/u?t=1>")
        .withHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
  }

  @Test
  void sendsHtmlAndTextAsMultipartAlternativeWithTheHeadersAndAUtf8Subject() throws Exception {
    OutboundMessage message = email("juergen@example.com", "<p>Hallo <b>Jürgen</b></p>");

    DeliveryReceipt receipt = gateway("secret").send(message);

    assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
    MimeMessage received = server.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("Grüße aus Zürich — 10 % off ✓");
    assertThat(received.getHeader("List-Unsubscribe", null))
        .isEqualTo("<mailto:u@acme.com?subject=x>, <https://acme.com/u?t=1>");
    assertThat(received.getHeader("List-Unsubscribe-Post", null))
        .isEqualTo("List-Unsubscribe=One-Click");
    InternetAddress from = (InternetAddress) received.getFrom()[0];
    assertThat(from.getAddress()).isEqualTo("news@acme.com");
    assertThat(from.getPersonal()).isEqualTo("Acme Neuigkeiten");
    assertThat(received.getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("juergen@example.com");
    assertThat(received.getContentType()).startsWith("multipart/alternative");
    Multipart parts = (Multipart) received.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    assertThat(parts.getBodyPart(0).isMimeType("text/plain")).isTrue();
    // SMTP carries lines ended by CRLF
    assertThat(parts.getBodyPart(0).getContent()).isEqualTo("Hallo Jürgen,\r\nplain text ✓");
    assertThat(parts.getBodyPart(1).isMimeType("text/html")).isTrue();
    assertThat(parts.getBodyPart(1).getContent()).isEqualTo("<p>Hallo <b>Jürgen</b></p>");
    assertThat(receipt.messageId()).isEqualTo(message.id());
    assertThat(receipt.providerMessageId())
        .isEqualTo("<01900000-0000-7000-8000-000000000001@acme.com>")
        .isEqualTo(received.getMessageID());
  }

  @Test
  void sendsAPlainTextEmailAsOnePart() throws Exception {
    gateway("secret").send(email("ana@example.com", null));

    assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
    Part received = server.getReceivedMessages()[0];
    assertThat(received.isMimeType("text/plain")).isTrue();
    assertThat(received.getContent()).isEqualTo("Hallo Jürgen,\r\nplain text ✓");
  }

  @Test
  void sendsToAnInternationalisedDomainInAscii() throws Exception {
    gateway("secret").send(email("ana@bücher.de", null));

    assertThat(server.waitForIncomingEmail(5_000, 1)).isTrue();
    assertThat(server.getReceivedMessages()[0].getAllRecipients())
        .extracting(Object::toString)
        .containsExactly("ana@xn--bcher-kva.de");
  }

  @Test
  void aRefusedLoginIsATemporaryRejection() {
    OutboundMessage message = email("ana@example.com", null);

    assertThatThrownBy(() -> gateway("wrong").send(message))
        .isInstanceOfSatisfying(
            MessageRejectedException.class,
            e -> {
              assertThat(e.permanent()).isFalse();
              assertThat(e.messageId()).isEqualTo(message.id());
              assertThat(e.recipient()).isEqualTo("ana@example.com");
            });
    assertThat(server.getReceivedMessages()).isEmpty();
  }

  @Test
  void aServerThatCannotBeReachedIsATemporaryRejection() {
    SmtpMessageGateway gateway = gateway("secret");
    server.stop();

    assertThatThrownBy(() -> gateway.send(email("ana@example.com", null)))
        .isInstanceOfSatisfying(
            MessageRejectedException.class, e -> assertThat(e.permanent()).isFalse());
  }

  @Test
  void refusesToSendAnSms() {
    OutboundMessage sms =
        OutboundMessage.sms(
            MessageId.of(UUID.randomUUID()),
            TENANT,
            "ACME",
            PhoneNumber.parse("+49 30 1234567"),
            "Hi");

    assertThatThrownBy(() -> gateway("secret").send(sms))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessageContaining("SMS");
  }

  @Test
  void refusesABadServerAddress() {
    assertThatThrownBy(() -> SmtpMessageGateway.builder(" mail", 25))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SmtpMessageGateway.builder("mail", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("port");
  }
}
