package io.crmkit.jpa.internal.deal;

import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A pipeline's row: its name (and the folded name the schema keeps unique per tenant), its policy,
 * and its stages in order as a JSON array: a pipeline is always read and written whole.
 */
@Entity(name = "CrmPipeline")
@Table(name = "crm_pipeline")
class PipelineEntity extends AggregateRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "pipeline";

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

  /** For the persistence provider and the repository. */
  protected PipelineEntity() {
    super(KIND);
  }
}
