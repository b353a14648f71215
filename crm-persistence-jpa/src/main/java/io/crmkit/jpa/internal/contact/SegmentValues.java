package io.crmkit.jpa.internal.contact;

import io.crmkit.core.contact.Contact;
import io.crmkit.core.contactpoint.PostalAddress;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.jpa.internal.SearchKeys;
import io.crmkit.scoring.audience.ContactSegmentSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Works out the {@link SegmentValue} rows of a contact, with the same values {@link
 * io.crmkit.scoring.audience.ContactSubject} answers in memory: a missing value (an empty city, an
 * unset custom field) has no row, and a multi-select field has one row per option.
 */
final class SegmentValues {

  private SegmentValues() {}

  static List<SegmentValue> of(Contact contact) {
    List<SegmentValue> values = new ArrayList<>();
    List<PostalAddress> addresses = contact.details().addresses();
    if (!addresses.isEmpty()) {
      PostalAddress first = addresses.get(0);
      values.add(text(ContactSegmentSchema.COUNTRY, first.countryCode()));
      if (!first.city().isEmpty()) {
        values.add(text(ContactSegmentSchema.CITY, first.city()));
      }
    }
    for (Map.Entry<String, CustomFieldValue> entry :
        contact.details().customFields().asMap().entrySet()) {
      addCustom(values, ContactSegmentSchema.CUSTOM_PREFIX + entry.getKey(), entry.getValue());
    }
    return values;
  }

  private static void addCustom(List<SegmentValue> values, String field, CustomFieldValue value) {
    if (value instanceof CustomFieldValue.Number number) {
      values.add(number(field, BigDecimal.valueOf(number.value())));
    } else if (value instanceof CustomFieldValue.Decimal decimal) {
      values.add(number(field, decimal.value()));
    } else if (value instanceof CustomFieldValue.Bool bool) {
      SegmentValue row = new SegmentValue(field);
      row.boolValue = bool.value();
      values.add(row);
    } else if (value instanceof CustomFieldValue.Date date) {
      SegmentValue row = new SegmentValue(field);
      row.dateValue = date.value();
      values.add(row);
    } else if (value instanceof CustomFieldValue.DateTime dateTime) {
      SegmentValue row = new SegmentValue(field);
      row.instantValue = dateTime.value();
      values.add(row);
    } else if (value instanceof CustomFieldValue.Choices choices) {
      // sorted, so that the same options always give the same rows and a save changes nothing
      new TreeSet<>(choices.values()).forEach(option -> values.add(text(field, option)));
    } else {
      // text, choice, URL, email and phone: their canonical text, as segments see them
      values.add(text(field, value.asText()));
    }
  }

  private static SegmentValue text(String field, String text) {
    SegmentValue row = new SegmentValue(field);
    row.textKey = SearchKeys.exact(text);
    row.textValue = text;
    return row;
  }

  private static SegmentValue number(String field, BigDecimal number) {
    SegmentValue row = new SegmentValue(field);
    row.numberValue = number;
    return row;
  }
}
