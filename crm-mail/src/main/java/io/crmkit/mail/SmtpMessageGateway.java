package io.crmkit.mail;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.message.DeliveryReceipt;
import io.crmkit.core.message.MessageChannel;
import io.crmkit.core.message.MessageRejectedException;
import io.crmkit.core.message.OutboundMessage;
import io.crmkit.core.spi.MessageGateway;
import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Properties;
import org.jspecify.annotations.Nullable;

/**
 * A {@link MessageGateway} that sends email over SMTP with Jakarta Mail (Angus Mail): each message
 * becomes a MIME message in UTF-8, plain text or {@code multipart/alternative} with the plain-text
 * part first and the HTML part second, carrying the message's headers as given (such as {@code
 * List-Unsubscribe} and {@code List-Unsubscribe-Post}). Its {@code Message-ID} is made from
 * crmkit's {@link io.crmkit.core.message.MessageId} and the sender's domain, and returned as the
 * provider's id, so that bounces that quote it can be matched.
 *
 * <pre>{@code
 * MessageGateway smtp = SmtpMessageGateway.builder("smtp.example.com", 587)
 *     .credentials("crm@example.com", secret)
 *     .startTls()
 *     .build();
 * Crm crm = Crm.builder().messageGateway(smtp).build();
 * }</pre>
 *
 * <p>A recipient the server refuses with a 5xx reply is a permanent {@link
 * MessageRejectedException} (a hard bounce); a 4xx reply, a refused login or a server that cannot
 * be reached is a temporary one. SMS are not sent: they throw {@link
 * UnsupportedOperationException}. Each message opens a connection of its own. Thread-safe.
 *
 * @since 0.1
 */
public final class SmtpMessageGateway implements MessageGateway {

  private final Session session;

  private SmtpMessageGateway(Session session) {
    this.session = requireNonNull(session, "session");
  }

  /**
   * Returns a gateway on a Jakarta Mail session the host configured ({@code mail.smtp.*}
   * properties, an authenticator).
   */
  public static SmtpMessageGateway on(Session session) {
    return new SmtpMessageGateway(session);
  }

  /**
   * Returns a builder of a gateway to the SMTP server at {@code host} and {@code port}.
   *
   * @param host the server's host name or address, never null
   * @param port 1 to 65535: 587 for submission with STARTTLS, 465 for SMTPS, 25 for relays
   */
  public static Builder builder(String host, int port) {
    return new Builder(host, port);
  }

  @Override
  public DeliveryReceipt send(OutboundMessage message) {
    requireNonNull(message, "message");
    if (message.channel() != MessageChannel.EMAIL) {
      throw new UnsupportedOperationException(
          "SMTP sends email, not " + message.channel() + ": message " + message.id());
    }
    MimeMessage mime = MimeMessages.of(session, message);
    try (Transport transport = session.getTransport()) {
      transport.connect();
      transport.sendMessage(mime, mime.getAllRecipients());
      return new DeliveryReceipt(message.id(), mime.getMessageID());
    } catch (MessagingException failed) {
      throw SmtpFailures.rejection(message, failed);
    }
  }

  /**
   * Builds an {@link SmtpMessageGateway}: the server, its credentials, whether the connection is
   * encrypted, and how long to wait.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final String host;
    private final int port;
    private @Nullable String user;
    private @Nullable String password;
    private boolean startTls;
    private boolean ssl;
    private Duration timeout = Duration.ofSeconds(30);

    private Builder(String host, int port) {
      requireNonNull(host, "host");
      checkArgument(
          !host.isBlank() && host.strip().equals(host), "SMTP host must be a host name: %s", host);
      checkArgument(port >= 1 && port <= 65_535, "SMTP port must be 1 to 65535: %s", port);
      this.host = host;
      this.port = port;
    }

    /** Logs in as {@code user} with {@code password}. */
    public Builder credentials(String user, String password) {
      this.user = requireNonNull(user, "user");
      this.password = requireNonNull(password, "password");
      return this;
    }

    /** Requires the connection to switch to TLS with STARTTLS before anything is sent. */
    public Builder startTls() {
      startTls = true;
      return this;
    }

    /** Connects with TLS from the start (SMTPS, usually port 465). */
    public Builder ssl() {
      ssl = true;
      return this;
    }

    /** Sets how long to wait to connect, and for each read and write; 30 seconds unless set. */
    public Builder timeout(Duration value) {
      requireNonNull(value, "timeout");
      checkArgument(
          !value.isNegative() && !value.isZero() && value.toMillis() <= Integer.MAX_VALUE,
          "timeout must be positive: %s",
          value);
      timeout = value;
      return this;
    }

    /** Returns the gateway. */
    public SmtpMessageGateway build() {
      String protocol = ssl ? "smtps" : "smtp";
      String prefix = "mail." + protocol + ".";
      Properties properties = new Properties();
      properties.setProperty("mail.transport.protocol", protocol);
      properties.setProperty(prefix + "host", host);
      properties.setProperty(prefix + "port", Integer.toString(port));
      String millis = Long.toString(timeout.toMillis());
      properties.setProperty(prefix + "connectiontimeout", millis);
      properties.setProperty(prefix + "timeout", millis);
      properties.setProperty(prefix + "writetimeout", millis);
      if (startTls) {
        properties.setProperty(prefix + "starttls.enable", "true");
        properties.setProperty(prefix + "starttls.required", "true");
      }
      Authenticator login = null;
      if (user != null && password != null) {
        properties.setProperty(prefix + "auth", "true");
        PasswordAuthentication credentials = new PasswordAuthentication(user, password);
        login =
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return credentials;
              }
            };
      }
      return new SmtpMessageGateway(Session.getInstance(properties, login));
    }
  }
}
