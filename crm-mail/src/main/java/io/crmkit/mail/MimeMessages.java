package io.crmkit.mail;

import io.crmkit.core.message.OutboundMessage;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Turns crmkit's outbound emails into MIME messages. */
final class MimeMessages {

  private static final String UTF_8 = StandardCharsets.UTF_8.name();

  private MimeMessages() {}

  /** Returns {@code message} as a MIME message of {@code session}, ready to send. */
  static MimeMessage of(Session session, OutboundMessage message) {
    String messageId = "<" + message.id() + "@" + domainOf(ascii(message.from())) + ">";
    MimeMessage mime = new CorrelatedMessage(session, messageId);
    try {
      mime.setFrom(
          message.fromName().isEmpty()
              ? new InternetAddress(ascii(message.from()), true)
              : new InternetAddress(ascii(message.from()), message.fromName(), UTF_8));
      mime.setRecipient(Message.RecipientType.TO, new InternetAddress(ascii(message.to()), true));
      mime.setSubject(message.subject(), UTF_8);
      for (Map.Entry<String, String> header : message.headers().entrySet()) {
        String name = header.getKey();
        mime.addHeader(
            name,
            MimeUtility.fold(
                name.length() + 2, MimeUtility.encodeText(header.getValue(), UTF_8, null)));
      }
      String html = message.html();
      if (html == null) {
        mime.setText(message.text(), UTF_8);
      } else {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(message.text(), UTF_8, "plain");
        MimeBodyPart rich = new MimeBodyPart();
        rich.setText(html, UTF_8, "html");
        mime.setContent(new MimeMultipart("alternative", text, rich));
      }
      mime.saveChanges();
      return mime;
    } catch (MessagingException | UnsupportedEncodingException malformed) {
      // the message's values were checked when it was made: this is a bug, not a refusal
      throw new IllegalStateException(
          "cannot write message " + message.id() + " as MIME", malformed);
    }
  }

  /**
   * Returns {@code address} (in crmkit's normal form, whose domain may be Unicode) with its domain
   * in ASCII, as SMTP without the SMTPUTF8 extension requires.
   */
  static String ascii(String address) {
    int at = address.lastIndexOf('@');
    return address.substring(0, at + 1) + IDN.toASCII(address.substring(at + 1));
  }

  private static String domainOf(String address) {
    return address.substring(address.lastIndexOf('@') + 1);
  }

  /** A MIME message whose {@code Message-ID} is crmkit's, not one Jakarta Mail invents. */
  private static final class CorrelatedMessage extends MimeMessage {

    private final String messageId;

    CorrelatedMessage(Session session, String messageId) {
      super(session);
      this.messageId = messageId;
    }

    @Override
    protected void updateMessageID() throws MessagingException {
      setHeader("Message-ID", messageId);
    }
  }
}
