package io.crmkit.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.TenantId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.message.MessageId;
import io.crmkit.core.message.MessageRejectedException;
import io.crmkit.core.message.OutboundMessage;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.junit.jupiter.api.Test;

/** How the replies of an SMTP server become crmkit's permanent or temporary rejections. */
class SmtpFailuresTests {

  private final OutboundMessage message =
      OutboundMessage.email(
          MessageId.of(UUID.randomUUID()),
          TenantId.of("acme"),
          EmailAddress.of("news@acme.com"),
          EmailAddress.of("gone@example.com"),
          "Hi",
          null,
          "Hi");

  private static SendFailedException refusedRecipient(int code) throws Exception {
    InternetAddress gone = new InternetAddress("gone@example.com");
    SMTPAddressFailedException refusal =
        new SMTPAddressFailedException(gone, "RCPT TO:<gone@example.com>", code, code + " no");
    return new SendFailedException("Invalid Addresses", refusal, null, null, new Address[] {gone});
  }

  @Test
  void aRecipientRefusedWithA5xxReplyIsAHardBounce() throws Exception {
    MessageRejectedException rejection = SmtpFailures.rejection(message, refusedRecipient(550));

    assertThat(rejection.permanent()).isTrue();
    assertThat(rejection).hasMessageContaining("SMTP 550").hasMessageContaining("gone@example.com");
  }

  @Test
  void aRecipientRefusedWithA4xxReplyIsTemporary() throws Exception {
    assertThat(SmtpFailures.rejection(message, refusedRecipient(452)).permanent()).isFalse();
  }

  @Test
  void aRefusedSenderNeverBouncesTheRecipient() throws Exception {
    SMTPSenderFailedException sender =
        new SMTPSenderFailedException(
            new InternetAddress("news@acme.com"), "MAIL FROM", 550, "550 not allowed");

    assertThat(SmtpFailures.rejection(message, sender).permanent()).isFalse();
  }

  @Test
  void aFailureWithoutAReplyIsTemporary() {
    MessageRejectedException rejection =
        SmtpFailures.rejection(message, new MessagingException("Connection refused"));

    assertThat(rejection.permanent()).isFalse();
    assertThat(rejection).hasMessageContaining("Connection refused");
  }
}
