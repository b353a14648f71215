package io.crmkit.jpa.internal.reason;

import io.crmkit.core.reason.ReasonCatalogue;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A reason's row, keyed by tenant, catalogue and code. */
@Entity(name = "CrmReason")
@Table(name = "crm_reason")
@IdClass(ReasonKey.class)
class ReasonEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Enumerated(EnumType.STRING)
  @Column(name = "catalogue", length = 20, nullable = false)
  ReasonCatalogue catalogue = ReasonCatalogue.LOST_DEAL;

  @Id
  @Column(name = "code", length = 63, nullable = false)
  String code = "";

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "label", length = 200, nullable = false)
  String label = "";

  /** For the persistence provider. */
  protected ReasonEntity() {}

  ReasonEntity(String tenant, ReasonCatalogue catalogue, String code) {
    this.tenant = tenant;
    this.catalogue = catalogue;
    this.code = code;
  }
}
