package io.crmkit.core.merge;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a merge: records merged into a survivor, or a merge undone. The
 * survivor's own update, the merged records' deletions and every re-parented record's update are
 * raised as well, as their own events.
 *
 * @since 0.1
 */
public sealed interface MergeEvent extends DomainEvent {

  /** Returns the merge. */
  MergeId mergeId();

  @Override
  default String aggregateId() {
    return mergeId().toString();
  }

  /**
   * Records were merged into a survivor.
   *
   * @param type contacts or companies
   * @param survivor the survivor's id
   * @param merged the merged records' ids
   * @param moved how many records were re-parented
   */
  record RecordsMerged(
      TenantId tenant,
      MergeId mergeId,
      RecordType type,
      String survivor,
      List<String> merged,
      int moved,
      Instant occurredAt,
      UserId by)
      implements MergeEvent {
    public RecordsMerged {
      merged = List.copyOf(merged);
    }
  }

  /**
   * A merge was undone: the merged records are back and what was re-parented moved back.
   *
   * @param type contacts or companies
   * @param survivor the survivor's id
   * @param restored the restored records' ids
   */
  record MergeUndone(
      TenantId tenant,
      MergeId mergeId,
      RecordType type,
      String survivor,
      List<String> restored,
      Instant occurredAt,
      UserId by)
      implements MergeEvent {
    public MergeUndone {
      restored = List.copyOf(restored);
    }
  }
}
