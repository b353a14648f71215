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

/**
 * A contact's latest score: the columns ranking and grade counts read (total, grade), the model and
 * instant, and the explanation, evidence included, as a JSON document.
 */
@Entity(name = "CrmScore")
@Table(name = "crm_score")
@IdClass(ScoreKey.class)
class ScoreEntity {

  @Id
  @Column(name = "tenant_id", length = 64, nullable = false)
  String tenant = "";

  @Id
  @Column(name = "contact_id", nullable = false)
  UUID contact = new UUID(0, 0);

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
  protected ScoreEntity() {}

  ScoreEntity(String tenant, UUID contact) {
    this.tenant = tenant;
    this.contact = contact;
  }
}
