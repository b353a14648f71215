package io.crmkit.jpa.internal.deal;

import io.crmkit.jpa.internal.Json;
import io.crmkit.jpa.internal.StoredAggregate;
import io.crmkit.jpa.internal.TenantScopedId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A pipeline's row: its name (and the folded name the schema keeps unique per tenant), its policy,
 * and its stages in order as a JSON array: a pipeline is always read and written whole.
 */
@Entity(name = "CrmPipeline")
@Table(name = "crm_pipeline")
@IdClass(TenantScopedId.class)
class PipelineEntity implements StoredAggregate {

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

  @Column(name = "name", length = 80, nullable = false)
  String name = "";

  @Column(name = "name_key", length = 160, nullable = false)
  String nameKey = "";

  @Column(name = "may_skip_stages", nullable = false)
  boolean maySkipStages;

  @Column(name = "may_move_backward", nullable = false)
  boolean mayMoveBackward;

  @Column(name = "stages", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String stages = "[]";

  /** For the persistence provider. */
  protected PipelineEntity() {}

  PipelineEntity(String tenant, UUID id) {
    this.tenant = tenant;
    this.id = id;
  }

  @Override
  public String kind() {
    return "pipeline";
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
