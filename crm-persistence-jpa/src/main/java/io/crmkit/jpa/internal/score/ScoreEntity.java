package io.crmkit.jpa.internal.score;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** A contact's latest score, keyed by tenant and contact. */
@Entity(name = "CrmScore")
@Table(name = "crm_score")
@IdClass(ScoreKey.class)
class ScoreEntity extends ScoreRow {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "contact_id", nullable = false)
  UUID contact = new UUID(0, 0);

  /** For the persistence provider. */
  protected ScoreEntity() {}

  ScoreEntity(String tenant, UUID contact) {
    this.tenant = tenant;
    this.contact = contact;
  }
}
