package io.crmkit.jpa.internal.customfield;

import io.crmkit.core.RecordType;
import io.crmkit.core.customfield.CustomFieldType;
import io.crmkit.jpa.internal.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A custom field definition's row, keyed by tenant, record type and field key. */
@Entity(name = "CrmCustomField")
@Table(name = "crm_custom_field")
@IdClass(CustomFieldKey.class)
class CustomFieldEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "record_type", length = 16, nullable = false)
  RecordType recordType = RecordType.CONTACT;

  @Id
  @Column(name = "field_key", length = 63, nullable = false)
  String fieldKey = "";

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "label", length = 200, nullable = false)
  String label = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "type", length = 16, nullable = false)
  CustomFieldType type = CustomFieldType.TEXT;

  @Column(name = "required", nullable = false)
  boolean required;

  @Column(name = "options", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String options = "[]";

  /** For the persistence provider. */
  protected CustomFieldEntity() {}

  CustomFieldEntity(String tenant, RecordType recordType, String fieldKey) {
    this.tenant = tenant;
    this.recordType = recordType;
    this.fieldKey = fieldKey;
  }
}
