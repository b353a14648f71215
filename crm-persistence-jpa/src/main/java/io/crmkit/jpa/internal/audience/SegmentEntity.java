package io.crmkit.jpa.internal.audience;

import io.crmkit.jpa.internal.TenantScopedName;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A dynamic segment's definition, keyed by tenant and name; its members are member rows. */
@Entity(name = "CrmSegment")
@Table(name = "crm_segment")
@IdClass(TenantScopedName.class)
class SegmentEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "name", length = 200, nullable = false)
  String name = "";

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "segment_text", length = 65_536, nullable = false)
  String text = "";

  /** For the persistence provider. */
  protected SegmentEntity() {}

  SegmentEntity(String tenant, String name) {
    this.tenant = tenant;
    this.name = name;
  }
}
