package io.crmkit.jpa.internal.customfield;

import io.crmkit.core.RecordType;
import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The primary key of a custom field definition: tenant, record type and field key. */
final class CustomFieldKey implements Serializable {

  private static final long serialVersionUID = 1L;

  private @Nullable String tenant;
  private @Nullable RecordType recordType;
  private @Nullable String fieldKey;

  /** For the persistence provider. */
  CustomFieldKey() {}

  CustomFieldKey(String tenant, RecordType recordType, String fieldKey) {
    this.tenant = tenant;
    this.recordType = recordType;
    this.fieldKey = fieldKey;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CustomFieldKey that
        && Objects.equals(tenant, that.tenant)
        && recordType == that.recordType
        && Objects.equals(fieldKey, that.fieldKey);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tenant, recordType, fieldKey);
  }
}
