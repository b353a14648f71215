package io.crmkit.jpa.internal.score;

import io.crmkit.jpa.internal.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A lead's latest score: the same columns as a contact's, keyed by tenant and lead. */
@Entity(name = "CrmLeadScore")
@Table(name = "crm_lead_score")
@IdClass(LeadScoreKey.class)
class LeadScoreEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "lead_id", nullable = false)
  UUID lead = new UUID(0, 0);

  @Version
  @Column(name = "version", nullable = false)
  long version;

  @Column(name = "model", length = 200, nullable = false)
  String model = "";

  @Column(name = "scored_at", nullable = false)
  Instant scoredAt = Instant.EPOCH;

  @Column(name = "fit_points", nullable = false)
  long fitPoints;

  @Column(name = "engagement_points", nullable = false)
  long engagementPoints;

  @Column(name = "total_points", nullable = false)
  long totalPoints;

  @Column(name = "grade", length = 2, nullable = false)
  String grade = "D4";

  @Column(
      name = "explanation",
      length = 1_000_000,
      nullable = false,
      columnDefinition = Json.COLUMN)
  String explanation = "[]";

  /** For the persistence provider. */
  protected LeadScoreEntity() {}

  LeadScoreEntity(String tenant, UUID lead) {
    this.tenant = tenant;
    this.lead = lead;
  }
}
