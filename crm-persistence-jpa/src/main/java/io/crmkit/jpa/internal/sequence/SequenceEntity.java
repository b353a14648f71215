package io.crmkit.jpa.internal.sequence;

import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.Json;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A sequence's row: its name (unique in the tenant) as a column, its details as a document. */
@Entity(name = "CrmSequence")
@Table(name = "crm_sequence")
class SequenceEntity extends AggregateRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "sequence";

  @Column(name = "name", length = 100, nullable = false)
  String name = "";

  @Column(name = "details", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String details = "{}";

  /** For the persistence provider and the repository. */
  protected SequenceEntity() {
    super(KIND);
  }
}
