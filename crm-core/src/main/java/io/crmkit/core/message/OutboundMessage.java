package io.crmkit.core.message;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TenantId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One message crmkit hands to the host's {@link io.crmkit.core.spi.MessageGateway}: who sends it to
 * whom on which channel, what it says, the extra headers it carries, and crmkit's id of it for
 * correlation.
 *
 * <p>An {@linkplain MessageChannel#EMAIL email} goes from an email address (with an optional
 * display name) to an email address, both in normal form; it has a subject, a plain-text part and
 * an optional HTML part (a gateway sends both as {@code multipart/alternative}). An {@linkplain
 * MessageChannel#SMS SMS} goes from a sender id (the host's number or alphanumeric sender, as its
 * provider knows it) to a phone number in E.164 form; it has a text only, no subject, no HTML and
 * no headers.
 *
 * <p>Header names are RFC 5322 field names; the gateway sets {@code From}, {@code To}, {@code
 * Subject}, {@code Message-ID}, {@code Date} and the MIME headers, which are refused here. Header
 * values are one line (no line break can smuggle in another header), at most {@value #MAX_HEADER}
 * characters.
 *
 * @param id crmkit's id of the message, never null
 * @param tenant the tenant the message is sent for, never null
 * @param channel the channel, never null
 * @param from the sender's address (email) or sender id (SMS), never null
 * @param fromName the sender's display name for an email, empty for none or for an SMS; one line
 * @param to the recipient's address in normal form (email) or E.164 phone number (SMS), never null
 * @param subject the subject of an email (1 to {@value #MAX_SUBJECT} characters, one line); empty
 *     for an SMS
 * @param html the HTML part of an email, or null for none (always null for an SMS)
 * @param text the plain-text part of an email or the text of an SMS; never null
 * @param headers the extra headers of an email, in the order they are written; empty for an SMS
 * @since 0.1
 */
public record OutboundMessage(
    MessageId id,
    TenantId tenant,
    MessageChannel channel,
    String from,
    String fromName,
    String to,
    String subject,
    @Nullable String html,
    String text,
    Map<String, String> headers) {

  /** The longest subject: the line length limit of RFC 5322. */
  public static final int MAX_SUBJECT = 998;

  /** The longest header value. */
  public static final int MAX_HEADER = 998;

  /** The longest SMS sender id. */
  public static final int MAX_SENDER = 32;

  /** The longest display name of a sender. */
  public static final int MAX_FROM_NAME = 200;

  /** The longest HTML or text part, in characters. */
  public static final int MAX_BODY = 500_000;

  /** The longest SMS text: ten concatenated segments. */
  public static final int MAX_SMS_TEXT = 1_600;

  /** The most extra headers. */
  public static final int MAX_HEADERS = 50;

  /** The headers a gateway writes itself, in lower case. */
  private static final Set<String> GATEWAY_HEADERS =
      Set.of(
          "from",
          "to",
          "cc",
          "bcc",
          "subject",
          "message-id",
          "date",
          "sender",
          "mime-version",
          "content-type",
          "content-transfer-encoding");

  public OutboundMessage {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(channel, "channel");
    requireNonNull(from, "from");
    requireNonNull(fromName, "fromName");
    requireNonNull(to, "to");
    requireNonNull(subject, "subject");
    requireNonNull(text, "text");
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(requireNonNull(headers, "headers")));
    checkArgument(
        fromName.length() <= MAX_FROM_NAME,
        "sender name longer than %s characters: %s",
        MAX_FROM_NAME,
        Quoted.of(fromName));
    TextPolicy.check("sender name", fromName, TextPolicy.Kind.LINE);
    if (channel == MessageChannel.EMAIL) {
      // the public constructors refuse any text that is not an address or number in normal form
      new EmailAddress(from);
      new EmailAddress(to);
      checkArgument(
          !subject.isBlank() && subject.length() <= MAX_SUBJECT,
          "email subject must be 1 to %s characters: %s",
          MAX_SUBJECT,
          Quoted.of(subject));
      TextPolicy.check("email subject", subject, TextPolicy.Kind.LINE);
      checkArgument(
          html == null || html.length() <= MAX_BODY,
          "HTML part longer than %s characters",
          MAX_BODY);
      checkArgument(text.length() <= MAX_BODY, "text part longer than %s characters", MAX_BODY);
      checkArgument(
          headers.size() <= MAX_HEADERS, "an email carries at most %s headers", MAX_HEADERS);
      headers.forEach(OutboundMessage::checkHeader);
    } else {
      checkArgument(
          !from.isEmpty() && from.length() <= MAX_SENDER,
          "SMS sender id must be 1 to %s characters: %s",
          MAX_SENDER,
          Quoted.of(from));
      TextPolicy.check("SMS sender id", from, TextPolicy.Kind.IDENTIFIER);
      new PhoneNumber(to, to);
      checkArgument(fromName.isEmpty(), "an SMS has no sender name: %s", Quoted.of(fromName));
      checkArgument(subject.isEmpty(), "an SMS has no subject: %s", Quoted.of(subject));
      checkArgument(html == null, "an SMS has no HTML part");
      checkArgument(headers.isEmpty(), "an SMS has no headers: %s", headers.keySet());
      checkArgument(
          !text.isBlank() && text.length() <= MAX_SMS_TEXT,
          "SMS text must be 1 to %s characters, not blank",
          MAX_SMS_TEXT);
    }
    if (html != null) {
      TextPolicy.check("HTML part", html, TextPolicy.Kind.LINES);
    }
    TextPolicy.check("text part", text, TextPolicy.Kind.LINES);
  }

  private static void checkHeader(String name, String value) {
    requireNonNull(name, "header name");
    requireNonNull(value, "header " + name);
    checkArgument(
        !name.isEmpty()
            && name.length() <= 76
            && name.chars().allMatch(c -> c > 32 && c < 127 && c != ':'),
        "not a header name: %s",
        Quoted.of(name));
    checkArgument(
        !GATEWAY_HEADERS.contains(name.toLowerCase(Locale.ROOT)),
        "header %s is written by the gateway, not by the message",
        name);
    checkArgument(
        value.length() <= MAX_HEADER, "header %s longer than %s characters", name, MAX_HEADER);
    TextPolicy.check("header " + name, value, TextPolicy.Kind.LINE);
  }

  /**
   * Returns an email from {@code from} to {@code to}, with no display name and no headers.
   *
   * @param html the HTML part, or null for a plain-text email
   */
  public static OutboundMessage email(
      MessageId id,
      TenantId tenant,
      EmailAddress from,
      EmailAddress to,
      String subject,
      @Nullable String html,
      String text) {
    return new OutboundMessage(
        id,
        tenant,
        MessageChannel.EMAIL,
        from.value(),
        "",
        to.value(),
        subject,
        html,
        text,
        Map.of());
  }

  /** Returns an SMS from sender id {@code from} to {@code to}. */
  public static OutboundMessage sms(
      MessageId id, TenantId tenant, String from, PhoneNumber to, String text) {
    return new OutboundMessage(
        id, tenant, MessageChannel.SMS, from, "", to.e164(), "", null, text, Map.of());
  }

  /** Returns the same message with the sender's display name {@code name}; emails only. */
  public OutboundMessage withFromName(String name) {
    return new OutboundMessage(id, tenant, channel, from, name, to, subject, html, text, headers);
  }

  /**
   * Returns the same message with header {@code name} set to {@code value}, replacing a header of
   * the same name (compared without case); emails only.
   */
  public OutboundMessage withHeader(String name, String value) {
    requireNonNull(name, "header name");
    Map<String, String> more = new LinkedHashMap<>();
    headers.forEach(
        (key, existing) -> {
          if (!key.equalsIgnoreCase(name)) {
            more.put(key, existing);
          }
        });
    more.put(name, value);
    return new OutboundMessage(id, tenant, channel, from, fromName, to, subject, html, text, more);
  }

  /** Returns the value of header {@code name}, compared without case, if the message has it. */
  public java.util.Optional<String> header(String name) {
    requireNonNull(name, "header name");
    return headers.entrySet().stream()
        .filter(header -> header.getKey().equalsIgnoreCase(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
