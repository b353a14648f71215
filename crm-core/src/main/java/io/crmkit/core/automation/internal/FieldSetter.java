package io.crmkit.core.automation.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.customfield.CustomFieldDefinition;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.DealDetails;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadDetails;
import io.crmkit.core.lead.LeadId;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sets the field of a deal or lead that a {@link RuleAction.SetField} names: checks, when its rule
 * is defined, that the record type has the field and the value suits it, and sets it when the rule
 * fires.
 */
final class FieldSetter {

  private static final String CUSTOM = "custom.";
  private static final Map<RecordType, Set<String>> STANDARD =
      Map.of(
          RecordType.DEAL, Set.of("name", "source", "close_date"),
          RecordType.LEAD, Set.of("company", "job_title"));

  private FieldSetter() {}

  /**
   * Checks that records of {@code type} have the field of {@code action} and that its value suits
   * the field.
   *
   * @param customFields the tenant's custom field definitions of {@code type}
   * @throws IllegalArgumentException naming the field or the value if not
   */
  static void check(
      RecordType type, RuleAction.SetField action, List<CustomFieldDefinition> customFields) {
    checkArgument(
        STANDARD.containsKey(type), "rules set fields of deals and leads, not of a %s", type);
    String field = action.field();
    if (field.startsWith(CUSTOM)) {
      CustomFieldValue.parse(definition(type, field, customFields), action.value());
    } else {
      checkArgument(
          STANDARD.get(type).contains(field),
          "a rule cannot set field %s of a %s; it sets %s or custom.<key>",
          Quoted.of(field),
          type,
          STANDARD.get(type).stream().sorted().toList());
      if (field.equals("close_date")) {
        closeDate(action.value());
      }
    }
  }

  /**
   * Sets the field of {@code action} on {@code record}, through {@code crm}.
   *
   * @return what it did, for the execution log
   */
  static String set(RecordRef record, RuleAction.SetField action, Crm crm) {
    List<CustomFieldDefinition> customFields = crm.customFields().list(record.type());
    String field = action.field();
    String value = action.value();
    if (record.type() == RecordType.DEAL) {
      Deal deal = crm.deals().get(DealId.parse(record.id()));
      DealDetails.Builder details = deal.details().toBuilder();
      switch (field) {
        case "name" -> details.name(value);
        case "source" -> details.source(value);
        case "close_date" -> details.expectedCloseDate(closeDate(value));
        default -> details.customField(custom(field), parse(record.type(), action, customFields));
      }
      crm.deals().update(deal, details.build());
    } else {
      Lead lead = crm.leads().get(LeadId.parse(record.id()));
      LeadDetails.Builder details = lead.details().toBuilder();
      switch (field) {
        case "company" -> details.companyName(value);
        case "job_title" -> details.jobTitle(value);
        default -> details.customField(custom(field), parse(record.type(), action, customFields));
      }
      crm.leads().update(lead.id(), lead.version(), details.build());
    }
    return "set " + field + " to " + Quoted.of(value);
  }

  private static CustomFieldValue parse(
      RecordType type, RuleAction.SetField action, List<CustomFieldDefinition> customFields) {
    return CustomFieldValue.parse(definition(type, action.field(), customFields), action.value());
  }

  private static CustomFieldDefinition definition(
      RecordType type, String field, List<CustomFieldDefinition> customFields) {
    String key = custom(field);
    return customFields.stream()
        .filter(definition -> definition.key().equals(key))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "a " + type + " has no custom field " + Quoted.of(key)));
  }

  private static String custom(String field) {
    return field.substring(CUSTOM.length());
  }

  private static LocalDate closeDate(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "close_date must be an ISO date such as 2026-05-01: " + Quoted.of(value), e);
    }
  }
}
