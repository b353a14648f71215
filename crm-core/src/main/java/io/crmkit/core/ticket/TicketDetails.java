package io.crmkit.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.Tag;
import io.crmkit.core.company.CompanyId;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a customer asks of the support team: the subject and description of the request, who asks
 * (the requester, a contact, and their company), how it came in, how urgent it is, its type, tags
 * and custom fields, and the records it concerns (deals, orders).
 *
 * @param subject the request in one line, 1 to 500 characters (no control characters)
 * @param description the request in full, at most 50,000 characters; tabs and line breaks allowed
 * @param requester the contact who asks; never null
 * @param company the requester's company, or null
 * @param channel how the request came in
 * @param priority how urgent it is
 * @param type the kind of request, for example {@code question}, {@code incident}, {@code problem};
 *     1 to 50 characters, an identifier
 * @param tags labels to search and route by, at most 50
 * @param customFields the tenant's own fields, checked against its ticket definitions
 * @param links the deals and orders it concerns, at most 50
 * @since 0.1
 */
public record TicketDetails(
    String subject,
    String description,
    ContactId requester,
    @Nullable CompanyId company,
    TicketChannel channel,
    TicketPriority priority,
    String type,
    Set<Tag> tags,
    CustomFields customFields,
    Set<RecordRef> links) {

  static final int MAX_SUBJECT = 500;
  static final int MAX_DESCRIPTION = 50_000;
  static final int MAX_TYPE = 50;
  static final int MAX_TAGS = 50;
  static final int MAX_LINKS = 50;

  /** The type of a ticket whose type is not given. */
  public static final String DEFAULT_TYPE = "question";

  public TicketDetails {
    requireNonNull(subject, "subject");
    requireNonNull(description, "description");
    requireNonNull(requester, "requester");
    requireNonNull(channel, "channel");
    requireNonNull(priority, "priority");
    requireNonNull(type, "type");
    requireNonNull(customFields, "customFields");
    tags = Set.copyOf(tags);
    links = Set.copyOf(links);
    checkArgument(
        !subject.isBlank() && subject.length() <= MAX_SUBJECT,
        "ticket subject must be 1 to %s characters: %s",
        MAX_SUBJECT,
        Quoted.of(subject));
    TextPolicy.check("ticket subject", subject, TextPolicy.Kind.LINE);
    checkArgument(
        description.length() <= MAX_DESCRIPTION,
        "ticket description longer than %s characters",
        MAX_DESCRIPTION);
    TextPolicy.check("ticket description", description, TextPolicy.Kind.LINES);
    checkArgument(
        !type.isBlank() && type.length() <= MAX_TYPE,
        "ticket type must be 1 to %s characters: %s",
        MAX_TYPE,
        Quoted.of(type));
    TextPolicy.check("ticket type", type, TextPolicy.Kind.IDENTIFIER);
    checkArgument(tags.size() <= MAX_TAGS, "a ticket has at most %s tags", MAX_TAGS);
    checkArgument(links.size() <= MAX_LINKS, "a ticket links at most %s records", MAX_LINKS);
  }

  /** Returns a builder for new details. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these details. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Returns the requester's company, if known. */
  public Optional<CompanyId> companyId() {
    return Optional.ofNullable(company);
  }

  /** Returns these details with priority {@code value}. */
  public TicketDetails withPriority(TicketPriority value) {
    return new TicketDetails(
        subject,
        description,
        requester,
        company,
        channel,
        requireNonNull(value, "priority"),
        type,
        tags,
        customFields,
        links);
  }

  /**
   * Builds {@link TicketDetails}, collecting every bad field.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final FieldErrors errors = new FieldErrors();
    private @Nullable String subject;
    private String description = "";
    private @Nullable ContactId requester;
    private @Nullable CompanyId company;
    private TicketChannel channel = TicketChannel.EMAIL;
    private TicketPriority priority = TicketPriority.NORMAL;
    private String type = DEFAULT_TYPE;
    private final Set<Tag> tags = new HashSet<>();
    private CustomFields customFields = CustomFields.empty();
    private final Set<RecordRef> links = new HashSet<>();

    private Builder() {}

    private Builder(TicketDetails details) {
      subject = details.subject;
      description = details.description;
      requester = details.requester;
      company = details.company;
      channel = details.channel;
      priority = details.priority;
      type = details.type;
      tags.addAll(details.tags);
      customFields = details.customFields;
      links.addAll(details.links);
    }

    /** Sets the request in one line. */
    public Builder subject(@Nullable String text) {
      String stripped = text == null ? null : text.strip();
      errors.require(stripped != null && !stripped.isEmpty(), "subject", text, "is required");
      errors.require(
          stripped == null || stripped.length() <= MAX_SUBJECT,
          "subject",
          text,
          "is longer than " + MAX_SUBJECT + " characters");
      errors.requireText("subject", stripped, TextPolicy.Kind.LINE);
      subject = stripped;
      return this;
    }

    /** Sets the request in full; empty unless set. */
    public Builder description(@Nullable String text) {
      String value = text == null ? "" : text;
      errors.require(
          value.length() <= MAX_DESCRIPTION,
          "description",
          value.length() + " characters",
          "is longer than " + MAX_DESCRIPTION + " characters");
      errors.requireText("description", value, TextPolicy.Kind.LINES);
      description = value;
      return this;
    }

    /** Sets the contact who asks. */
    public Builder requester(ContactId contact) {
      requester = requireNonNull(contact, "requester");
      return this;
    }

    /** Sets the requester's company; null for none. */
    public Builder company(@Nullable CompanyId value) {
      company = value;
      return this;
    }

    /** Sets how the request came in; {@code EMAIL} unless set. */
    public Builder channel(TicketChannel value) {
      channel = requireNonNull(value, "channel");
      return this;
    }

    /** Sets how urgent it is; {@code NORMAL} unless set. */
    public Builder priority(TicketPriority value) {
      priority = requireNonNull(value, "priority");
      return this;
    }

    /** Sets the kind of request; {@value TicketDetails#DEFAULT_TYPE} unless set. */
    public Builder type(@Nullable String text) {
      String stripped = text == null ? "" : text.strip();
      errors.require(
          !stripped.isEmpty() && stripped.length() <= MAX_TYPE,
          "type",
          text,
          "must be 1 to " + MAX_TYPE + " characters");
      errors.requireText("type", stripped, TextPolicy.Kind.IDENTIFIER);
      type = stripped;
      return this;
    }

    /** Adds the tag {@code label}, normalised as {@link Tag#of} does. */
    public Builder tag(@Nullable String label) {
      Tag tag = errors.attempt("tags", label, () -> Tag.of(requireNonNull(label, "tag")));
      if (tag != null) {
        tags.add(tag);
      }
      return this;
    }

    /** Sets the custom field {@code key} to {@code value}. */
    public Builder customField(String key, CustomFieldValue value) {
      CustomFields with = errors.attempt(key, value, () -> customFields.with(key, value));
      if (with != null) {
        customFields = with;
      }
      return this;
    }

    /** Replaces every custom field. */
    public Builder customFields(CustomFields values) {
      customFields = requireNonNull(values, "customFields");
      return this;
    }

    /** Links the ticket to deal or other record {@code record}. */
    public Builder link(RecordRef record) {
      requireNonNull(record, "record");
      errors.require(
          record.type() != RecordType.TICKET, "links", record, "must not be another ticket");
      links.add(record);
      return this;
    }

    /**
     * Returns the details.
     *
     * @throws io.crmkit.core.ValidationException listing every bad or missing field
     */
    public TicketDetails build() {
      errors.require(subject != null, "subject", null, "is required");
      errors.require(requester != null, "requester", null, "is required");
      errors.require(tags.size() <= MAX_TAGS, "tags", tags.size(), "more than " + MAX_TAGS);
      errors.require(
          links.size() <= MAX_LINKS, "links", links.size(), "more than " + MAX_LINKS + " records");
      errors.throwIfAny("ticket");
      return new TicketDetails(
          requireNonNull(subject),
          description,
          requireNonNull(requester),
          company,
          channel,
          priority,
          type,
          tags,
          customFields,
          links);
    }
  }
}
