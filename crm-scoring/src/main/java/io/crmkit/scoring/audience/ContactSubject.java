package io.crmkit.scoring.audience;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Tag;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.internal.Quoted;
import io.crmkit.scoring.segment.CampaignEngagement;
import io.crmkit.scoring.segment.FieldReader;
import io.crmkit.scoring.segment.SegmentSubject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A contact as a segment sees it: the fields of {@link ContactSegmentSchema} read from the contact
 * record, its primary company, its score and the {@link ContactFacts} of its timeline.
 *
 * <p>Immutable and thread-safe; every answer comes from memory.
 *
 * @since 0.1
 */
public final class ContactSubject implements SegmentSubject {

  private final Contact contact;
  private final ContactFacts facts;
  private final @Nullable Company primaryCompany;
  private final @Nullable Long score;
  private final @Nullable String grade;
  private final Set<String> tags;

  private ContactSubject(
      Contact contact,
      ContactFacts facts,
      @Nullable Company primaryCompany,
      @Nullable Long score,
      @Nullable String grade) {
    this.contact = contact;
    this.facts = facts;
    this.primaryCompany = primaryCompany;
    this.score = score;
    this.grade = grade;
    this.tags =
        contact.details().tags().stream().map(Tag::value).collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Returns the contact with the facts of its timeline, without a company or a score.
   *
   * @param contact the contact, never null
   * @param facts what its timeline says, never null
   */
  public static ContactSubject of(Contact contact, ContactFacts facts) {
    requireNonNull(contact, "contact");
    requireNonNull(facts, "contact facts");
    return new ContactSubject(contact, facts, null, null, null);
  }

  /**
   * Returns this subject with its primary company, for the {@code company.*} fields.
   *
   * @param company the contact's primary company, never null
   * @throws IllegalArgumentException when it is not the contact's primary company
   */
  public ContactSubject withPrimaryCompany(Company company) {
    requireNonNull(company, "primary company");
    checkArgument(
        contact.details().primaryCompany().filter(company.id()::equals).isPresent(),
        "company %s is not the primary company of contact %s",
        company.id(),
        contact.id());
    return new ContactSubject(contact, facts, company, score, grade);
  }

  /**
   * Returns this subject with the score and grade that {@code scores} gives the contact.
   *
   * @param scores the score source, never null
   */
  public ContactSubject withScores(ScoreSource scores) {
    requireNonNull(scores, "score source");
    OptionalLong points = requireNonNull(scores.score(contact), "score");
    return new ContactSubject(
        contact,
        facts,
        primaryCompany,
        points.isPresent() ? points.getAsLong() : null,
        requireNonNull(scores.grade(contact), "grade").orElse(null));
  }

  /** Returns the contact's id. */
  public ContactId id() {
    return contact.id();
  }

  /** Returns the contact. */
  public Contact contact() {
    return contact;
  }

  /** Returns what the contact's timeline says. */
  public ContactFacts facts() {
    return facts;
  }

  @Override
  public Optional<Object> value(String field) {
    return Optional.ofNullable(reader(field).read(this));
  }

  /**
   * Returns the reader of a field of {@link ContactSegmentSchema}; a custom field's key is worked
   * out here, once, so that reading it is one lookup in the contact's custom fields.
   *
   * @throws IllegalArgumentException when the field is neither a standard nor a custom field
   */
  @Override
  public FieldReader reader(String field) {
    requireNonNull(field, "field");
    return switch (field) {
      case ContactSegmentSchema.EMAIL -> subject -> asContact(subject).email();
      case ContactSegmentSchema.GIVEN_NAME ->
          subject -> text(asContact(subject).details().name().given());
      case ContactSegmentSchema.FAMILY_NAME ->
          subject -> text(asContact(subject).details().name().family());
      case ContactSegmentSchema.JOB_TITLE ->
          subject -> text(asContact(subject).details().jobTitle());
      case ContactSegmentSchema.OWNER -> subject -> asContact(subject).contact.owner().value();
      case ContactSegmentSchema.LIFECYCLE_STAGE ->
          subject -> asContact(subject).contact.lifecycleStage().name();
      case ContactSegmentSchema.COUNTRY -> subject -> asContact(subject).country();
      case ContactSegmentSchema.CITY -> subject -> asContact(subject).city();
      case ContactSegmentSchema.CREATED_AT ->
          subject -> asContact(subject).contact.revision().createdAt();
      case ContactSegmentSchema.UPDATED_AT ->
          subject -> asContact(subject).contact.revision().updatedAt();
      case ContactSegmentSchema.COMPANY_NAME -> subject -> asContact(subject).companyName();
      case ContactSegmentSchema.COMPANY_DOMAIN -> subject -> asContact(subject).companyDomain();
      case ContactSegmentSchema.SCORE -> subject -> asContact(subject).score;
      case ContactSegmentSchema.GRADE -> subject -> asContact(subject).grade;
      case ContactSegmentSchema.LAST_ACTIVITY_AT ->
          subject -> asContact(subject).facts.lastActivityAt().orElse(null);
      case ContactSegmentSchema.ACTIVITY_COUNT ->
          subject -> asContact(subject).facts.activityCount();
      case ContactSegmentSchema.ORDER_COUNT -> subject -> asContact(subject).facts.orderCount();
      case ContactSegmentSchema.ORDER_VALUE ->
          subject -> asContact(subject).facts.orderValue().orElse(null);
      default -> customField(field);
    };
  }

  @Override
  public Set<String> tags() {
    return tags;
  }

  @Override
  public boolean hasActivity(String type) {
    return facts.hasActivity(type);
  }

  @Override
  public boolean hasActivityBetween(String type, Instant from, Instant to) {
    return facts.hasActivityBetween(type, from, to);
  }

  @Override
  public boolean engaged(CampaignEngagement engagement, String campaign, @Nullable Instant since) {
    return facts.engaged(engagement, campaign, since);
  }

  /** Returns a subject that a reader of this class was handed: a contact subject. */
  private static ContactSubject asContact(SegmentSubject subject) {
    return (ContactSubject) subject;
  }

  private ContactDetails details() {
    return contact.details();
  }

  private @Nullable String email() {
    return details().primaryEmail().map(EmailAddress::value).orElse(null);
  }

  private @Nullable PostalAddress firstAddress() {
    List<PostalAddress> addresses = details().addresses();
    return addresses.isEmpty() ? null : addresses.get(0);
  }

  private @Nullable String country() {
    PostalAddress address = firstAddress();
    return address == null ? null : address.countryCode();
  }

  private @Nullable String city() {
    PostalAddress address = firstAddress();
    return address == null ? null : text(address.city());
  }

  private @Nullable String companyName() {
    return primaryCompany == null ? null : text(primaryCompany.details().name());
  }

  private @Nullable String companyDomain() {
    return primaryCompany == null
        ? null
        : primaryCompany.details().webDomain().map(WebDomain::value).orElse(null);
  }

  private static FieldReader customField(String field) {
    if (!field.startsWith(ContactSegmentSchema.CUSTOM_PREFIX)) {
      throw new IllegalArgumentException("not a contact segment field: " + Quoted.of(field));
    }
    String key = field.substring(ContactSegmentSchema.CUSTOM_PREFIX.length());
    return subject -> {
      CustomFieldValue value = asContact(subject).details().customFields().asMap().get(key);
      return value == null ? null : segmentValue(value);
    };
  }

  /** Converts a custom value to the Java type its segment field type asks for. */
  private static Object segmentValue(CustomFieldValue value) {
    if (value instanceof CustomFieldValue.Number number) {
      return number.value();
    }
    if (value instanceof CustomFieldValue.Decimal decimal) {
      return decimal.value();
    }
    if (value instanceof CustomFieldValue.Bool bool) {
      return bool.value();
    }
    if (value instanceof CustomFieldValue.Date date) {
      return date.value();
    }
    if (value instanceof CustomFieldValue.DateTime dateTime) {
      return dateTime.value();
    }
    if (value instanceof CustomFieldValue.Choices choices) {
      return choices.values();
    }
    // text, choice, URL, email and phone: their canonical text
    return value.asText();
  }

  /** Returns the text, or null for empty text: a missing value, not an empty one. */
  private static @Nullable String text(String value) {
    return value.isEmpty() ? null : value;
  }

  @Override
  public String toString() {
    return "ContactSubject[" + contact.id() + " " + facts + "]";
  }
}
