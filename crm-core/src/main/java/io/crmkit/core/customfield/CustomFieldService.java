package io.crmkit.core.customfield;

import io.crmkit.core.RecordType;
import java.util.List;

/**
 * The custom field definitions of one opened CRM, as a service: it defines the tenant's custom
 * fields and checks values against them.
 *
 * <pre>{@code
 * crm.customFields().define(CustomFieldDefinition.number(RecordType.CONTACT, "seats", "Seats"));
 * Contact bo = crm.contacts().create(ContactDetails.builder().name("Bo", "Berg")
 *     .customField("seats", CustomFieldValue.Number.of(12)).build());
 * }</pre>
 *
 * <p>Reached through {@link io.crmkit.core.Crm#customFields()}.
 *
 * @since 0.1
 */
public interface CustomFieldService {

  /** Adds or replaces a definition. */
  void define(CustomFieldDefinition definition);

  /** Removes the definition of {@code key} for {@code type}; returns whether there was one. */
  boolean remove(RecordType type, String key);

  /** Returns the definitions for {@code type}. */
  List<CustomFieldDefinition> list(RecordType type);

  /**
   * Throws unless {@code values} meet the definitions for {@code type}.
   *
   * @throws io.crmkit.core.ValidationException listing every way they break them, the subject named
   *     after the record type ({@code contact}, {@code deal}...)
   */
  void validate(RecordType type, CustomFields values);
}
