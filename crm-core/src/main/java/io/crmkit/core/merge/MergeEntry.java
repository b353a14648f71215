package io.crmkit.core.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Aggregate;
import io.crmkit.core.RecordType;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.party.Party;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One merge as the merge journal keeps it: the survivor and the merged records exactly as they were
 * before the merge, every link the merge moved, who merged and when, and whether (and when) the
 * merge was undone. It holds personal data: the merged records whole.
 *
 * @param id the merge's id
 * @param tenant the tenant it happened in
 * @param type {@link RecordType#CONTACT} or {@link RecordType#COMPANY}
 * @param survivor the survivor as it was before the merge
 * @param merged the merged records as they were before the merge (and as an unmerge restores them)
 * @param moves the links moved from the merged records to the survivor
 * @param mergedAt when the merge happened
 * @param mergedBy who merged
 * @param undoneAt when the merge was undone, or null while it stands
 * @param undoneBy who undid it, or null while it stands
 * @param version the entry's version, for optimistic locking: 1 when written, 2 once undone
 * @since 0.1
 */
public record MergeEntry(
    MergeId id,
    TenantId tenant,
    RecordType type,
    Party<?, ?, ?> survivor,
    List<Party<?, ?, ?>> merged,
    List<MergeMove> moves,
    Instant mergedAt,
    UserId mergedBy,
    @Nullable Instant undoneAt,
    @Nullable UserId undoneBy,
    long version)
    implements Aggregate<MergeId> {

  public MergeEntry {
    requireNonNull(id, "id");
    requireNonNull(tenant, "tenant");
    requireNonNull(type, "type");
    requireNonNull(survivor, "survivor");
    merged = List.copyOf(merged);
    moves = List.copyOf(moves);
    requireNonNull(mergedAt, "mergedAt");
    requireNonNull(mergedBy, "mergedBy");
    checkArgument(
        type == RecordType.CONTACT || type == RecordType.COMPANY,
        "only contacts and companies are merged, not %s",
        type);
    checkArgument(!merged.isEmpty(), "merge %s merged nothing", id);
    checkArgument((undoneAt == null) == (undoneBy == null), "undoneAt and undoneBy go together");
    checkArgument(version >= 1, "version must be at least 1: %s", version);
  }

  /** Returns whether the merge was undone. */
  public boolean undone() {
    return undoneAt != null;
  }

  /** Returns when the merge was undone, if it was. */
  public Optional<Instant> undoneAtIfUndone() {
    return Optional.ofNullable(undoneAt);
  }

  /** Returns whether the merge involved the record {@code id} as survivor or as merged record. */
  public boolean involves(Object id) {
    String text = requireNonNull(id, "id").toString();
    return survivor.id().toString().equals(text)
        || merged.stream().anyMatch(record -> record.id().toString().equals(text));
  }

  /** Returns this entry marked undone at {@code at} by {@code by}, one version later. */
  public MergeEntry undo(Instant at, UserId by) {
    checkArgument(!undone(), "merge %s is undone already", id);
    return new MergeEntry(
        id, tenant, type, survivor, merged, moves, mergedAt, mergedBy, at, by, version + 1);
  }
}
