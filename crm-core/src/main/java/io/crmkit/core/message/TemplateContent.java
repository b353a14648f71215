package io.crmkit.core.message;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a message template says: its name, its channel, its parts written in Mustache ({@code Hello
 * {{contact.firstName}}}), and the merge fields it declares with their fallbacks.
 *
 * <p>An email template has a subject and a plain-text part, and may have an HTML part; an SMS
 * template has a text only. Every field a part names must be declared, and every declared field
 * must be one crmkit knows (see {@link MergeField}): a template service refuses a template that
 * breaks either rule, or whose parts are not valid Mustache, naming the field or the line. In an
 * HTML part merged values are always escaped, so it may not use the unescaped forms {@code {{{x}}}}
 * or {@code {{&x}}}; partials are refused everywhere. Content that breaks a size or text rule is
 * refused when made, with a {@link io.crmkit.core.ValidationException} listing every rule broken.
 *
 * @param name the template's name, unique in its tenant: 1 to {@value #MAX_NAME} characters of one
 *     line, not padded
 * @param channel the channel it is written for, never null
 * @param subject the subject of an email, at most {@value #MAX_SUBJECT} characters of one line (not
 *     blank); empty for an SMS
 * @param html the HTML part of an email, at most {@value #MAX_HTML} characters; null for none (and
 *     for an SMS)
 * @param text the plain-text part of an email or the text of an SMS, at most {@value #MAX_TEXT}
 *     characters (an SMS {@value #MAX_SMS_TEXT}), not blank
 * @param mergeFields the declared merge fields, at most {@value #MAX_FIELDS}, each name once
 * @since 0.1
 */
public record TemplateContent(
    String name,
    MessageChannel channel,
    String subject,
    @Nullable String html,
    String text,
    List<MergeField> mergeFields) {

  /** The longest name. */
  public static final int MAX_NAME = 200;

  /** The longest subject. */
  public static final int MAX_SUBJECT = 500;

  /** The longest HTML part. */
  public static final int MAX_HTML = 200_000;

  /** The longest plain-text part. */
  public static final int MAX_TEXT = 100_000;

  /** The longest SMS text, before merging. */
  public static final int MAX_SMS_TEXT = 1_000;

  /** The most merge fields a template declares. */
  public static final int MAX_FIELDS = 100;

  public TemplateContent {
    requireNonNull(name, "name");
    requireNonNull(channel, "channel");
    requireNonNull(subject, "subject");
    requireNonNull(text, "text");
    mergeFields = List.copyOf(mergeFields);
    FieldErrors errors = new FieldErrors();
    checkParts(errors, name, channel, subject, html, text, mergeFields);
    errors.throwIfAny("template");
  }

  private static void checkParts(
      FieldErrors errors,
      String name,
      MessageChannel channel,
      String subject,
      @Nullable String html,
      String text,
      List<MergeField> fields) {
    errors.require(
        !name.isBlank() && name.length() <= MAX_NAME && name.strip().equals(name),
        "name",
        name,
        "must be 1 to " + MAX_NAME + " characters, not blank, not padded");
    errors.requireText("name", name, TextPolicy.Kind.LINE);
    if (channel == MessageChannel.EMAIL) {
      errors.require(
          !subject.isBlank() && subject.length() <= MAX_SUBJECT,
          "subject",
          subject,
          "must be 1 to " + MAX_SUBJECT + " characters, not blank");
      errors.requireText("subject", subject, TextPolicy.Kind.LINE);
      errors.require(
          html == null || html.length() <= MAX_HTML,
          "html",
          html == null ? null : html.length() + " characters",
          "is longer than " + MAX_HTML + " characters");
      errors.requireText("html", html, TextPolicy.Kind.LINES);
      errors.require(
          text.length() <= MAX_TEXT,
          "text",
          text.length() + " characters",
          "is longer than " + MAX_TEXT + " characters");
    } else {
      errors.require(subject.isEmpty(), "subject", subject, "an SMS has no subject");
      errors.require(html == null, "html", html, "an SMS has no HTML part");
      errors.require(
          text.length() <= MAX_SMS_TEXT,
          "text",
          text.length() + " characters",
          "is longer than " + MAX_SMS_TEXT + " characters for an SMS");
    }
    errors.require(!text.isBlank(), "text", text, "is required");
    errors.requireText("text", text, TextPolicy.Kind.LINES);
    errors.require(
        fields.size() <= MAX_FIELDS,
        "mergeFields",
        fields.size(),
        "more than " + MAX_FIELDS + " merge fields");
    Set<String> names = new HashSet<>();
    for (MergeField field : fields) {
      requireNonNull(field, "merge field");
      errors.require(
          names.add(field.name()), "mergeFields", field.name(), "is declared more than once");
    }
  }

  /** Returns a builder for an email template. */
  public static Builder email(String name) {
    return new Builder(MessageChannel.EMAIL).name(name);
  }

  /** Returns a builder for an SMS template. */
  public static Builder sms(String name) {
    return new Builder(MessageChannel.SMS).name(name);
  }

  /** Returns a builder that starts from this content. */
  public Builder toBuilder() {
    Builder builder = new Builder(channel).name(name).subject(subject).html(html).text(text);
    mergeFields.forEach(builder.fields::add);
    return builder;
  }

  /** Returns the declared field {@code fieldName}, if the template declares it. */
  public Optional<MergeField> mergeField(String fieldName) {
    return mergeFields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
  }

  /**
   * Builds {@link TemplateContent}, collecting every bad field.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final FieldErrors errors = new FieldErrors();
    private final MessageChannel channel;
    private @Nullable String name;
    private String subject = "";
    private @Nullable String html;
    private String text = "";
    private final List<MergeField> fields = new ArrayList<>();

    private Builder(MessageChannel channel) {
      this.channel = channel;
    }

    /** Sets the name; surrounding white space is removed. */
    public Builder name(@Nullable String value) {
      name = value == null ? null : value.strip();
      return this;
    }

    /** Sets the subject of an email. */
    public Builder subject(@Nullable String value) {
      subject = value == null ? "" : value;
      return this;
    }

    /** Sets the HTML part of an email; null for none. */
    public Builder html(@Nullable String value) {
      html = value;
      return this;
    }

    /** Sets the plain-text part of an email, or the text of an SMS. */
    public Builder text(@Nullable String value) {
      text = value == null ? "" : value;
      return this;
    }

    /** Declares merge field {@code fieldName} with {@code fallback}. */
    public Builder field(String fieldName, String fallback) {
      MergeField field =
          errors.attempt("mergeFields", fieldName, () -> MergeField.of(fieldName, fallback));
      if (field != null) {
        fields.add(field);
      }
      return this;
    }

    /** Declares merge field {@code fieldName} with an empty fallback. */
    public Builder field(String fieldName) {
      return field(fieldName, "");
    }

    /**
     * Returns the content.
     *
     * @throws io.crmkit.core.ValidationException listing every bad or missing field
     */
    public TemplateContent build() {
      errors.require(name != null, "name", null, "is required");
      if (name != null) {
        checkParts(errors, name, channel, subject, html, text, fields);
      }
      errors.throwIfAny("template");
      return new TemplateContent(
          requireNonNull(name), channel, subject, html, text, List.copyOf(fields));
    }
  }

  @Override
  public String toString() {
    return "TemplateContent[" + Quoted.of(name) + " " + channel + "]";
  }
}
