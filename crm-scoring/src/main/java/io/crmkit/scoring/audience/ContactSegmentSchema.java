package io.crmkit.scoring.audience;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.scoring.segment.FieldDefinition;
import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.SegmentSchema;
import java.util.Arrays;
import java.util.Collection;

/**
 * The standard schema of contact segments: the fields every tenant's segments can use, plus the
 * tenant's own contact custom fields. The field names are a stable contract (a database translation
 * of segments maps the same names), so they are listed here as constants with their meaning.
 *
 * <p>A text field is missing, not empty, when the contact has no such value: {@code jobTitle =
 * "CTO"} and {@code jobTitle != "CTO"} are then both unknown, and only {@code jobTitle is empty}
 * selects the contact (see the three-valued logic of {@link io.crmkit.scoring.segment}). Tags are
 * tested with {@code has tag "vip"} and activities with {@code has activity "call" within last 30
 * days}; activity types are those of {@link io.crmkit.core.timeline.ActivityDetails#type()}.
 *
 * @since 0.1
 */
public final class ContactSegmentSchema {

  /** Text: the primary email address, in its normal form; missing without an email. */
  public static final String EMAIL = "email";

  /** Text: the given name; missing when the contact has only a family name. */
  public static final String GIVEN_NAME = "givenName";

  /** Text: the family name; missing when the contact has only a given name. */
  public static final String FAMILY_NAME = "familyName";

  /** Text: the job title; missing when unknown. */
  public static final String JOB_TITLE = "jobTitle";

  /** Text: the key of the user who owns the contact. */
  public static final String OWNER = "owner";

  /** Choice: the current lifecycle stage, one of the {@link LifecycleStage} names. */
  public static final String LIFECYCLE_STAGE = "lifecycleStage";

  /** Text: the ISO 3166 alpha-2 country code of the first postal address ({@code DE}). */
  public static final String COUNTRY = "country";

  /** Text: the city of the first postal address; missing without an address or a city. */
  public static final String CITY = "city";

  /** Instant: when the contact was created. */
  public static final String CREATED_AT = "createdAt";

  /** Instant: when the contact last changed. */
  public static final String UPDATED_AT = "updatedAt";

  /** Text: the name of the contact's primary company; missing without a primary company. */
  public static final String COMPANY_NAME = "company.name";

  /** Text: the web domain of the primary company ({@code acme.com}); missing when unknown. */
  public static final String COMPANY_DOMAIN = "company.domain";

  /** Number: the contact's lead score, from the {@link ScoreSource}; missing when not scored. */
  public static final String SCORE = "score";

  /**
   * Text: the contact's grade from the {@link ScoreSource}, such as {@code A1} (fit letter, then
   * engagement digit); missing when not graded.
   */
  public static final String GRADE = "grade";

  /** Instant: when the contact's most recent activity happened; missing without activities. */
  public static final String LAST_ACTIVITY_AT = "lastActivityAt";

  /** Number: how many activities the contact's timeline holds, zero or more. */
  public static final String ACTIVITY_COUNT = "activityCount";

  /** Number: how many orders ({@code order} activities) the contact placed, zero or more. */
  public static final String ORDER_COUNT = "orderCount";

  /**
   * Decimal: the sum of the totals of the contact's orders, zero without orders; missing when the
   * orders are in more than one currency, because crmkit never converts between currencies.
   */
  public static final String ORDER_VALUE = "orderValue";

  /**
   * The prefix of custom fields: custom field {@code size} is the segment field {@code
   * custom.size}.
   */
  public static final String CUSTOM_PREFIX = "custom.";

  private ContactSegmentSchema() {}

  /** Returns the schema of the standard fields, for a tenant without contact custom fields. */
  public static SegmentSchema standard() {
    return of(java.util.List.of());
  }

  /**
   * Returns the standard fields followed by one field {@code custom.<key>} per definition, typed as
   * {@link #fieldType} says.
   *
   * @param definitions the tenant's contact custom field definitions, never null; from {@code
   *     crm.customFields().list(RecordType.CONTACT)}
   * @throws IllegalArgumentException when a definition is not for contacts
   */
  public static SegmentSchema of(Collection<CustomFieldDefinition> definitions) {
    requireNonNull(definitions, "custom field definitions");
    SegmentSchema.Builder schema =
        SegmentSchema.builder()
            .field(EMAIL, FieldType.TEXT)
            .field(GIVEN_NAME, FieldType.TEXT)
            .field(FAMILY_NAME, FieldType.TEXT)
            .field(JOB_TITLE, FieldType.TEXT)
            .field(OWNER, FieldType.TEXT)
            .choice(
                LIFECYCLE_STAGE,
                Arrays.stream(LifecycleStage.values()).map(Enum::name).toArray(String[]::new))
            .field(COUNTRY, FieldType.TEXT)
            .field(CITY, FieldType.TEXT)
            .field(CREATED_AT, FieldType.INSTANT)
            .field(UPDATED_AT, FieldType.INSTANT)
            .field(COMPANY_NAME, FieldType.TEXT)
            .field(COMPANY_DOMAIN, FieldType.TEXT)
            .field(SCORE, FieldType.NUMBER)
            .field(GRADE, FieldType.TEXT)
            .field(LAST_ACTIVITY_AT, FieldType.INSTANT)
            .field(ACTIVITY_COUNT, FieldType.NUMBER)
            .field(ORDER_COUNT, FieldType.NUMBER)
            .field(ORDER_VALUE, FieldType.DECIMAL);
    for (CustomFieldDefinition definition : definitions) {
      requireNonNull(definition, "custom field definition");
      checkArgument(
          definition.recordType() == RecordType.CONTACT,
          "custom field %s is defined for %s, not for contacts",
          definition.key(),
          definition.recordType());
      schema.field(customField(definition));
    }
    return schema.build();
  }

  /**
   * Returns the segment field type of a custom field: text, number, decimal, boolean and date map
   * to the same type; date-time to instant; single select to a choice of its options; multi select
   * to multi-valued text; URL, email and phone to text in their canonical form.
   */
  public static FieldType fieldType(CustomFieldDefinition definition) {
    requireNonNull(definition, "custom field definition");
    return switch (definition.type()) {
      case TEXT, URL, EMAIL, PHONE -> FieldType.TEXT;
      case NUMBER -> FieldType.NUMBER;
      case DECIMAL -> FieldType.DECIMAL;
      case BOOLEAN -> FieldType.BOOLEAN;
      case DATE -> FieldType.DATE;
      case DATETIME -> FieldType.INSTANT;
      case SINGLE_SELECT -> FieldType.CHOICE;
      case MULTI_SELECT -> FieldType.TEXT_SET;
    };
  }

  /**
   * Returns the segment field {@code custom.<key>} of a custom field, typed as {@link #fieldType}
   * says; a single select field takes its options as choices.
   *
   * @param definition the custom field, of any record type; never null
   * @since 0.1
   */
  public static FieldDefinition customField(CustomFieldDefinition definition) {
    String name = CUSTOM_PREFIX + definition.key();
    FieldType type = fieldType(definition);
    return type == FieldType.CHOICE
        ? FieldDefinition.choice(name, definition.options().toArray(String[]::new))
        : FieldDefinition.of(name, type);
  }
}
