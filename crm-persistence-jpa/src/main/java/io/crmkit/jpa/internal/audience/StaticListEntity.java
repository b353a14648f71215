package io.crmkit.jpa.internal.audience;

import io.crmkit.jpa.internal.TenantScopedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A static list, keyed by tenant and name, with its number of members; the members are member rows.
 * Every save of the list increments its version, so that two units that change one list at once do
 * not both commit.
 */
@Entity(name = "CrmStaticList")
@Table(name = "crm_static_list")
@IdClass(TenantScopedName.class)
class StaticListEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "name", length = 200, nullable = false)
  String name = "";

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "member_count", nullable = false)
  int memberCount;

  /** For the persistence provider. */
  protected StaticListEntity() {}

  StaticListEntity(String tenant, String name) {
    this.tenant = tenant;
    this.name = name;
  }
}
