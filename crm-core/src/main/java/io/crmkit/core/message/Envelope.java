package io.crmkit.core.message;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How composed messages are sent: from whom, and, for marketing messages, where each recipient
 * unsubscribes. A marketing email carries the {@code List-Unsubscribe} and {@code
 * List-Unsubscribe-Post} headers of RFC 8058 and the link in its body; a transactional message (a
 * receipt, a password reset) carries neither.
 *
 * <pre>{@code
 * Envelope receipts = Envelope.email(EmailAddress.of("billing@example.com"), "Example Billing");
 * Envelope newsletter = Envelope.email(EmailAddress.of("news@example.com"), "Example News")
 *     .marketing(links);
 * }</pre>
 *
 * @param channel the channel of the messages, never null
 * @param from the sender's email address in normal form, or the SMS sender id
 * @param fromName the sender's display name for email, may be empty; empty for SMS
 * @param unsubscribe the source of each recipient's unsubscribe link for marketing messages, or
 *     null for transactional ones
 * @since 0.1
 */
public record Envelope(
    MessageChannel channel, String from, String fromName, @Nullable UnsubscribeLinks unsubscribe) {

  public Envelope {
    requireNonNull(channel, "channel");
    requireNonNull(from, "from");
    requireNonNull(fromName, "fromName");
    if (channel == MessageChannel.EMAIL) {
      new EmailAddress(from);
      checkArgument(
          fromName.length() <= OutboundMessage.MAX_FROM_NAME,
          "sender name longer than %s characters: %s",
          OutboundMessage.MAX_FROM_NAME,
          Quoted.of(fromName));
      TextPolicy.check("sender name", fromName, TextPolicy.Kind.LINE);
    } else {
      checkArgument(
          !from.isEmpty() && from.length() <= OutboundMessage.MAX_SENDER,
          "SMS sender id must be 1 to %s characters: %s",
          OutboundMessage.MAX_SENDER,
          Quoted.of(from));
      TextPolicy.check("SMS sender id", from, TextPolicy.Kind.IDENTIFIER);
      checkArgument(fromName.isEmpty(), "an SMS has no sender name: %s", Quoted.of(fromName));
    }
  }

  /** Returns transactional emails from {@code from}, with no display name. */
  public static Envelope email(EmailAddress from) {
    return email(from, "");
  }

  /** Returns transactional emails from {@code from}, shown as {@code name}. */
  public static Envelope email(EmailAddress from, String name) {
    return new Envelope(MessageChannel.EMAIL, from.value(), name, null);
  }

  /** Returns transactional SMS from sender id {@code senderId}. */
  public static Envelope sms(String senderId) {
    return new Envelope(MessageChannel.SMS, senderId, "", null);
  }

  /** Returns the same envelope for marketing messages, unsubscribed through {@code links}. */
  public Envelope marketing(UnsubscribeLinks links) {
    return new Envelope(channel, from, fromName, requireNonNull(links, "links"));
  }

  /** Returns the source of unsubscribe links, present for marketing messages. */
  public Optional<UnsubscribeLinks> unsubscribeLinks() {
    return Optional.ofNullable(unsubscribe);
  }
}
