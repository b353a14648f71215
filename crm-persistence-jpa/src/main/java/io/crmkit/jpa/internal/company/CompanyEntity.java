package io.crmkit.jpa.internal.company;

import io.crmkit.jpa.internal.PartyRow;
import io.crmkit.jpa.internal.SearchKey;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
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
class CompanyEntity extends PartyRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "company";

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

  /** For the persistence provider and the repository. */
  protected CompanyEntity() {
    super(KIND);
  }
}
