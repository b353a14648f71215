package io.crmkit.core.timeline;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.money.Money;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What kind of interaction an activity was, with the facts particular to that kind. The set is
 * open: {@link Other} carries kinds the host defines.
 *
 * <p>Every text is well-formed and holds no control character; keys (message ids, channels,
 * references, events, engagements, the names of form fields and attributes) are identifiers, which
 * also refuse bidi controls, zero-width characters and white space at either end; the values of
 * form fields and attributes may span lines.
 *
 * @since 0.1
 */
public sealed interface ActivityDetails {

  /** Returns the activity type: a lower-case key such as {@code call} or {@code page_visit}. */
  String type();

  /** A note a user wrote. */
  record Note() implements ActivityDetails {
    @Override
    public String type() {
      return "note";
    }
  }

  /**
   * A phone call.
   *
   * @param direction who called
   * @param outcome how it ended
   * @param duration how long it lasted, zero or more
   */
  record Call(Direction direction, CallOutcome outcome, Duration duration)
      implements ActivityDetails {
    /** Creates a {@code Call}, checking its components as the type's comment describes. */
    public Call {
      requireNonNull(direction, "direction");
      requireNonNull(outcome, "outcome");
      requireNonNull(duration, "duration");
      checkArgument(!duration.isNegative(), "call duration is negative: %s", duration);
    }

    @Override
    public String type() {
      return "call";
    }
  }

  /**
   * An email sent or received.
   *
   * @param direction who wrote it
   * @param messageId the message's id, empty when unknown, used to link replies; at most 998
   *     characters, an identifier
   */
  record Email(Direction direction, String messageId) implements ActivityDetails {
    /** Creates an {@code Email}, checking its components as the type's comment describes. */
    public Email {
      requireNonNull(direction, "direction");
      requireNonNull(messageId, "messageId");
      checkArgument(messageId.length() <= 998, "email message id longer than 998 characters");
      TextPolicy.check("email message id", messageId, TextPolicy.Kind.IDENTIFIER);
    }

    @Override
    public String type() {
      return direction == Direction.INBOUND ? "email_in" : "email_out";
    }
  }

  /**
   * A meeting.
   *
   * @param endsAt when it ended (it started at the activity's {@code occurredAt})
   * @param location where, empty when unknown
   */
  record Meeting(Instant endsAt, String location) implements ActivityDetails {
    /** Creates a {@code Meeting}, checking its components as the type's comment describes. */
    public Meeting {
      requireNonNull(endsAt, "endsAt");
      requireNonNull(location, "location");
      checkArgument(location.length() <= 500, "meeting location longer than 500 characters");
      TextPolicy.check("meeting location", location, TextPolicy.Kind.LINE);
    }

    @Override
    public String type() {
      return "meeting";
    }
  }

  /**
   * A chat conversation.
   *
   * @param channel where it took place, for example {@code web} or {@code whatsapp}
   */
  record Chat(String channel) implements ActivityDetails {
    /** Creates a {@code Chat}, checking its components as the type's comment describes. */
    public Chat {
      requireNonNull(channel, "channel");
      checkArgument(
          !channel.isBlank() && channel.length() <= 50,
          "chat channel must be 1 to 50 characters: %s",
          Quoted.of(channel));
      TextPolicy.check("chat channel", channel, TextPolicy.Kind.IDENTIFIER);
    }

    @Override
    public String type() {
      return "chat";
    }
  }

  /**
   * A visit to one of the tenant's web pages.
   *
   * @param url the page's absolute address
   */
  record PageVisit(URI url) implements ActivityDetails {
    /** Creates a {@code PageVisit}, checking its components as the type's comment describes. */
    public PageVisit {
      requireNonNull(url, "url");
      String text = url.toString();
      checkArgument(text.length() <= 2000, "page visit url longer than 2000 characters");
      // java.net.URI lets lone surrogates and bidi controls through as "other" characters
      TextPolicy.check("page visit url", text, TextPolicy.Kind.LINE);
      checkArgument(url.isAbsolute(), "page visit url is not absolute: %s", Quoted.of(text));
    }

    @Override
    public String type() {
      return "page_visit";
    }
  }

  /**
   * A form the contact submitted.
   *
   * @param form the form's name
   * @param fields the submitted values by field name (at most 100)
   */
  record FormSubmission(String form, Map<String, String> fields) implements ActivityDetails {
    /**
     * Creates a {@code FormSubmission}, checking its components as the type's comment describes.
     */
    public FormSubmission {
      requireNonNull(form, "form");
      checkArgument(
          !form.isBlank() && form.length() <= 200,
          "form name must be 1 to 200 characters: %s",
          Quoted.of(form));
      TextPolicy.check("form name", form, TextPolicy.Kind.LINE);
      fields = Map.copyOf(fields);
      checkArgument(fields.size() <= 100, "more than 100 form fields");
      checkEntries("form field", fields);
    }

    @Override
    public String type() {
      return "form_submission";
    }
  }

  /**
   * An order the contact placed.
   *
   * @param reference the order's reference
   * @param total the order's total
   */
  record Order(String reference, Money total) implements ActivityDetails {
    /** Creates an {@code Order}, checking its components as the type's comment describes. */
    public Order {
      requireNonNull(reference, "reference");
      requireNonNull(total, "total");
      checkArgument(
          !reference.isBlank() && reference.length() <= 100,
          "order reference must be 1 to 100 characters: %s",
          Quoted.of(reference));
      TextPolicy.check("order reference", reference, TextPolicy.Kind.IDENTIFIER);
    }

    @Override
    public String type() {
      return "order";
    }
  }

  /**
   * Something that happened on a support ticket.
   *
   * @param event what happened, for example {@code opened} or {@code solved}
   */
  record TicketEvent(String event) implements ActivityDetails {
    /** Creates a {@code TicketEvent}, checking its components as the type's comment describes. */
    public TicketEvent {
      requireNonNull(event, "event");
      checkArgument(
          !event.isBlank() && event.length() <= 50,
          "ticket event must be 1 to 50 characters: %s",
          Quoted.of(event));
      TextPolicy.check("ticket event", event, TextPolicy.Kind.IDENTIFIER);
    }

    @Override
    public String type() {
      return "ticket_event";
    }
  }

  /**
   * The contact's engagement with a campaign.
   *
   * @param campaign the campaign's id or name
   * @param engagement what they did, for example {@code opened}, {@code clicked}, {@code
   *     unsubscribed}
   */
  record CampaignEngagement(String campaign, String engagement) implements ActivityDetails {
    /**
     * Creates a {@code CampaignEngagement}, checking its components as the type's comment
     * describes.
     */
    public CampaignEngagement {
      requireNonNull(campaign, "campaign");
      requireNonNull(engagement, "engagement");
      checkArgument(
          !campaign.isBlank() && campaign.length() <= 100,
          "campaign must be 1 to 100 characters: %s",
          Quoted.of(campaign));
      TextPolicy.check("campaign", campaign, TextPolicy.Kind.LINE);
      checkArgument(
          !engagement.isBlank() && engagement.length() <= 50,
          "engagement must be 1 to 50 characters: %s",
          Quoted.of(engagement));
      TextPolicy.check("engagement", engagement, TextPolicy.Kind.IDENTIFIER);
    }

    @Override
    public String type() {
      return "campaign_engagement";
    }
  }

  /**
   * A kind of interaction the host defines.
   *
   * @param type its key: lower-case letters, digits and {@code _}, 1 to 50 characters
   * @param attributes its facts by name (at most 100)
   */
  record Other(String type, Map<String, String> attributes) implements ActivityDetails {
    private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9_]{0,49}");

    /** Creates an {@code Other}, checking its components as the type's comment describes. */
    public Other {
      requireNonNull(type, "type");
      checkArgument(
          TYPE.matcher(type).matches(),
          "activity type must be 1 to 50 lower-case letters, digits or '_': %s",
          Quoted.of(type));
      attributes = Map.copyOf(attributes);
      checkArgument(attributes.size() <= 100, "more than 100 activity attributes");
      checkEntries("activity attribute", attributes);
    }
  }

  /**
   * Checks the names and values of a form's fields or an activity's attributes: names are
   * identifiers of at most 200 characters, values text of at most 10,000 that may span lines.
   */
  private static void checkEntries(String what, Map<String, String> entries) {
    entries.forEach(
        (name, value) -> {
          checkArgument(
              !name.isEmpty() && name.length() <= 200,
              "%s name must be 1 to 200 characters: %s",
              what,
              Quoted.of(name));
          TextPolicy.check(what + " name", name, TextPolicy.Kind.IDENTIFIER);
          checkArgument(
              value.length() <= 10_000,
              "%s %s is longer than 10000 characters",
              what,
              Quoted.of(name));
          TextPolicy.check(what + " " + Quoted.of(name), value, TextPolicy.Kind.LINES);
        });
  }
}
