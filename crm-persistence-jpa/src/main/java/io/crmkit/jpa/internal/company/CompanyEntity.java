package io.crmkit.jpa.internal.company;

import io.crmkit.core.customfield.CustomFields;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.jpa.internal.CustomFieldsConverter;
import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.SearchKey;
import io.crmkit.jpa.internal.StoredAggregate;
import io.crmkit.jpa.internal.TenantScopedId;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A company's row: searchable columns (domain, parent, owner, stage), the rest as a JSON document,
 * and key tables for tags and name words and for external ids, unique per tenant.
 */
@Entity(name = "CrmCompany")
@Table(name = "crm_company")
@IdClass(TenantScopedId.class)
class CompanyEntity implements StoredAggregate {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "id", nullable = false)
  UUID id = new UUID(0, 0);

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "created_at", nullable = false)
  Instant createdAt = Instant.EPOCH;

  @Column(name = "updated_at", nullable = false)
  Instant updatedAt = Instant.EPOCH;

  @Column(name = "owner_id", length = 128, nullable = false)
  String owner = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "lifecycle_stage", length = 32, nullable = false)
  LifecycleStage lifecycleStage = LifecycleStage.OTHER;

  @Column(name = "archived", nullable = false)
  boolean archived;

  @Column(name = "name", length = 300, nullable = false)
  String name = "";

  @Column(name = "domain", length = 253)
  @Nullable String domain;

  @Column(name = "industry", length = 100, nullable = false)
  String industry = "";

  @Column(name = "employees")
  @Nullable Integer employees;

  @Column(name = "parent_id")
  @Nullable UUID parent;

  @Column(name = "details", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String details = "{}";

  @Convert(converter = CustomFieldsConverter.class)
  @Column(
      name = "custom_fields",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  CustomFields customFields = CustomFields.empty();

  @ElementCollection
  @CollectionTable(
      name = "crm_company_key",
      joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "company_id", referencedColumnName = "id")
      })
  Set<SearchKey> keys = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "crm_company_external_id",
      joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "company_id", referencedColumnName = "id")
      })
  @Column(name = "external_key", length = 200, nullable = false)
  Set<String> externalKeys = new HashSet<>();

  /** For the persistence provider. */
  protected CompanyEntity() {}

  CompanyEntity(String tenant, UUID id) {
    this.tenant = tenant;
    this.id = id;
  }

  @Override
  public String kind() {
    return "company";
  }

  @Override
  public String aggregateId() {
    return id.toString();
  }

  @Override
  public long storedVersion() {
    return version;
  }
}
