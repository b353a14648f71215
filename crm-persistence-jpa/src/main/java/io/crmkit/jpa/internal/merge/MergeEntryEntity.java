package io.crmkit.jpa.internal.merge;

import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.Json;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A merge's row: who merged which kind of record into which survivor and when, whether it was
 * undone, the records as they were (a JSON document, since only an unmerge reads them), the links
 * moved (another), and one indexed row per record involved, which finds a person's merges.
 */
@Entity(name = "CrmMergeEntry")
@Table(name = "crm_merge_entry")
class MergeEntryEntity extends AggregateRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "merge";

  @Column(name = "record_type", length = 16, nullable = false)
  String recordType = "";

  @Column(name = "survivor_id", nullable = false)
  UUID survivor = new UUID(0, 0);

  @Column(name = "merged_by", length = 128, nullable = false)
  String mergedBy = "";

  @Column(name = "undone_at")
  @Nullable Instant undoneAt;

  @Column(name = "undone_by", length = 128)
  @Nullable String undoneBy;

  @Column(name = "records", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String records = "[]";

  @Column(name = "moves", length = 1_000_000, nullable = false, columnDefinition = Json.COLUMN)
  String moves = "[]";

  @ElementCollection
  @CollectionTable(
      name = "crm_merge_party",
      joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "merge_id", referencedColumnName = "id")
      })
  @Column(name = "party_id", nullable = false)
  Set<MergeParty> parties = new HashSet<>();

  /** For the persistence provider and the repository. */
  protected MergeEntryEntity() {
    super(KIND);
  }
}
