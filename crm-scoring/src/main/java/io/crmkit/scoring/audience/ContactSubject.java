package io.crmkit.scoring.audience;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.common.CustomFieldValue;
import io.crmkit.core.common.PostalAddress;
import io.crmkit.core.common.Tag;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.WebDomain;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.scoring.segment.SegmentSubject;
import java.time.Instant;
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
    requireNonNull(field, "field");
    ContactDetails details = contact.details();
    return switch (field) {
      case ContactSegmentSchema.EMAIL -> present(details.primaryEmail().map(e -> e.value()));
      case ContactSegmentSchema.GIVEN_NAME -> text(details.name().given());
      case ContactSegmentSchema.FAMILY_NAME -> text(details.name().family());
      case ContactSegmentSchema.JOB_TITLE -> text(details.jobTitle());
      case ContactSegmentSchema.OWNER -> Optional.of(contact.owner().value());
      case ContactSegmentSchema.LIFECYCLE_STAGE -> Optional.of(contact.lifecycleStage().name());
      case ContactSegmentSchema.COUNTRY -> present(firstAddress().map(PostalAddress::countryCode));
      case ContactSegmentSchema.CITY -> firstAddress().flatMap(address -> text(address.city()));
      case ContactSegmentSchema.CREATED_AT -> Optional.of(contact.revision().createdAt());
      case ContactSegmentSchema.UPDATED_AT -> Optional.of(contact.revision().updatedAt());
      case ContactSegmentSchema.COMPANY_NAME ->
          primaryCompany == null ? Optional.empty() : text(primaryCompany.details().name());
      case ContactSegmentSchema.COMPANY_DOMAIN ->
          primaryCompany == null
              ? Optional.empty()
              : present(primaryCompany.details().webDomain().map(WebDomain::value));
      case ContactSegmentSchema.SCORE -> Optional.ofNullable(score);
      case ContactSegmentSchema.GRADE -> Optional.ofNullable(grade);
      case ContactSegmentSchema.LAST_ACTIVITY_AT -> present(facts.lastActivityAt());
      case ContactSegmentSchema.ACTIVITY_COUNT -> Optional.of(facts.activityCount());
      case ContactSegmentSchema.ORDER_COUNT -> Optional.of(facts.orderCount());
      case ContactSegmentSchema.ORDER_VALUE -> present(facts.orderValue());
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

  private Optional<PostalAddress> firstAddress() {
    var addresses = contact.details().addresses();
    return addresses.isEmpty() ? Optional.empty() : Optional.of(addresses.get(0));
  }

  private Optional<Object> customField(String field) {
    if (!field.startsWith(ContactSegmentSchema.CUSTOM_PREFIX)) {
      throw new IllegalArgumentException("not a contact segment field: '" + field + "'");
    }
    String key = field.substring(ContactSegmentSchema.CUSTOM_PREFIX.length());
    return contact.details().customFields().get(key).map(ContactSubject::segmentValue);
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

  private static Optional<Object> text(String value) {
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static Optional<Object> present(Optional<?> value) {
    return value.map(Object.class::cast);
  }

  @Override
  public String toString() {
    return "ContactSubject[" + contact.id() + " " + facts + "]";
  }
}
