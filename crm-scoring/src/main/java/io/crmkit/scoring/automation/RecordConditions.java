package io.crmkit.scoring.automation;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.automation.RuleCondition;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.scoring.segment.SegmentFilter;
import io.crmkit.scoring.segment.SegmentParseException;
import io.crmkit.scoring.segment.SegmentSchema;
import java.util.Collection;
import java.util.List;

/**
 * Record conditions are workflow rule conditions written in the segment filter language over the
 * triggering record's fields:
 *
 * <pre>{@code
 * RuleCondition big = RecordConditions.parse(RecordType.DEAL,
 *     "status = \"open\" and amount > 10000 and custom.region in (\"emea\", \"apac\")",
 *     crm.customFields().list(RecordType.DEAL));
 * }</pre>
 *
 * <p>A deal has {@code name}, {@code pipeline}, {@code stage}, {@code status} ({@code open}, {@code
 * won}, {@code lost}), {@code owner}, {@code amount}, {@code currency}, {@code close_date} and
 * {@code source}; a lead {@code name}, {@code status} ({@code new}, {@code attempting_contact},
 * ...), {@code owner}, {@code company} and {@code score}; a task {@code title}, {@code status},
 * {@code assignee} and {@code due_at}; a ticket {@code subject}, {@code status}, {@code priority},
 * {@code channel} and {@code assignee}. The tenant's custom fields of the type follow as {@code
 * custom.<key>}, and {@code has tag "x"} tests the record's tags. A field the record has no value
 * for makes every comparison on it unknown, as in segments: the condition holds only when it is
 * true. The text is checked when it is parsed: an unknown field fails with its name and the likely
 * fields meant; {@code has activity}, {@code in segment} and {@code within last} are refused, since
 * a record has no timeline and a date-relative trigger says when to look.
 *
 * @since 0.1
 */
public final class RecordConditions {

  private RecordConditions() {}

  /**
   * Returns the condition that {@code text} states on records of {@code type} without custom
   * fields.
   *
   * @throws SegmentParseException if the text is not a valid, well-typed expression on the type's
   *     fields
   * @throws IllegalArgumentException if it tests what a record does not have, or rules cannot look
   *     at records of the type
   */
  public static RuleCondition parse(RecordType type, String text) {
    return parse(type, text, List.of());
  }

  /**
   * Returns the condition that {@code text} states on records of {@code type}, whose custom fields
   * are {@code customFields}.
   *
   * @param type a deal, lead, task or ticket
   * @param text the condition, never null
   * @param customFields the tenant's custom field definitions of the type, from {@code
   *     crm.customFields().list(type)}
   * @throws SegmentParseException if the text is not a valid, well-typed expression on the type's
   *     fields
   * @throws IllegalArgumentException if it tests what a record does not have, a custom field is of
   *     another type, or rules cannot look at records of the type
   */
  public static RuleCondition parse(
      RecordType type, String text, Collection<CustomFieldDefinition> customFields) {
    requireNonNull(text, "condition");
    SegmentFilter filter = SegmentFilter.parse(text, schema(type, customFields));
    RecordOnly.refusal(filter.expression())
        .ifPresent(
            refused -> {
              throw new IllegalArgumentException(
                  "a rule condition cannot test " + refused + ": " + text);
            });
    return new TextCondition(type, filter);
  }

  /**
   * Returns the fields that conditions on records of {@code type} can test.
   *
   * @param customFields the tenant's custom field definitions of the type
   * @throws IllegalArgumentException if rules cannot look at records of the type, or a custom field
   *     is of another type
   */
  public static SegmentSchema schema(
      RecordType type, Collection<CustomFieldDefinition> customFields) {
    return RecordSchemas.of(type, customFields);
  }
}
