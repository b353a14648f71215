package io.crmkit.scoring.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.task.TaskStatus;
import io.crmkit.core.ticket.TicketChannel;
import io.crmkit.core.ticket.TicketPriority;
import io.crmkit.core.ticket.TicketStatus;
import io.crmkit.scoring.audience.ContactSegmentSchema;
import io.crmkit.scoring.segment.FieldDefinition;
import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.SegmentSchema;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/**
 * The fields a rule condition on each record type can test: those that {@link
 * io.crmkit.core.automation.RecordFacts} lists for the type, then the tenant's custom fields of the
 * type as {@code custom.<key>}.
 */
final class RecordSchemas {

  private RecordSchemas() {}

  /**
   * Returns the schema of {@code type} with {@code customFields}.
   *
   * @throws IllegalArgumentException if rules cannot look at records of the type, or a custom field
   *     is defined for another type
   */
  static SegmentSchema of(RecordType type, Collection<CustomFieldDefinition> customFields) {
    requireNonNull(type, "record type");
    requireNonNull(customFields, "custom field definitions");
    SegmentSchema.Builder schema = standard(type);
    for (CustomFieldDefinition definition : customFields) {
      requireNonNull(definition, "custom field definition");
      checkArgument(
          definition.recordType() == type,
          "custom field %s is defined for %s, not for %s",
          definition.key(),
          definition.recordType(),
          type);
      schema.field(ContactSegmentSchema.customField(definition));
    }
    return schema.build();
  }

  private static SegmentSchema.Builder standard(RecordType type) {
    return switch (type) {
      case DEAL ->
          SegmentSchema.builder()
              .field("name", FieldType.TEXT)
              .field("pipeline", FieldType.TEXT)
              .field("stage", FieldType.TEXT)
              .choice("status", "open", "won", "lost")
              .field("owner", FieldType.TEXT)
              .field("amount", FieldType.DECIMAL)
              .field("currency", FieldType.TEXT)
              .field("close_date", FieldType.DATE)
              .field("source", FieldType.TEXT);
      case LEAD ->
          SegmentSchema.builder()
              .field("name", FieldType.TEXT)
              .field(choice("status", LeadStatus.values()))
              .field("owner", FieldType.TEXT)
              .field("company", FieldType.TEXT)
              .field("score", FieldType.NUMBER);
      case TASK ->
          SegmentSchema.builder()
              .field("title", FieldType.TEXT)
              .field(choice("status", TaskStatus.values()))
              .field("assignee", FieldType.TEXT)
              .field("due_at", FieldType.INSTANT);
      case TICKET ->
          SegmentSchema.builder()
              .field("subject", FieldType.TEXT)
              .field(choice("status", TicketStatus.values()))
              .field(choice("priority", TicketPriority.values()))
              .field(choice("channel", TicketChannel.values()))
              .field("assignee", FieldType.TEXT);
      default ->
          throw new IllegalArgumentException(
              "rules look at deals, leads, tasks and tickets, not at " + type);
    };
  }

  /** Returns a choice field of the constants' names in lower case, as the facts hold them. */
  private static FieldDefinition choice(String name, Enum<?>[] constants) {
    return FieldDefinition.choice(
        name,
        Arrays.stream(constants)
            .map(constant -> constant.name().toLowerCase(Locale.ROOT))
            .toArray(String[]::new));
  }
}
