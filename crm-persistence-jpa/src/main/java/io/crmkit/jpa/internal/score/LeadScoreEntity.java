package io.crmkit.jpa.internal.score;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.UUID;

/** A lead's latest score: the same columns as a contact's, keyed by tenant and lead. */
@Entity(name = "CrmLeadScore")
@Table(name = "crm_lead_score")
@IdClass(LeadScoreKey.class)
class LeadScoreEntity extends ScoreRow {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "lead_id", nullable = false)
  UUID lead = new UUID(0, 0);

  /** For the persistence provider. */
  protected LeadScoreEntity() {}

  LeadScoreEntity(String tenant, UUID lead) {
    this.tenant = tenant;
    this.lead = lead;
  }
}
