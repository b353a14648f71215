package io.crmkit.core.spi;

import io.crmkit.core.TenantId;
import io.crmkit.core.automation.DueItem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The port that keeps due work: one row per item, keyed by tenant and idempotency key, from which
 * concurrent runners claim the items that are due without waiting for each other.
 *
 * <p>The claim methods are called inside a unit of work and hold what they return until it ends: no
 * other unit can claim those items meanwhile (a database adapter locks the rows with {@code SELECT
 * ... FOR UPDATE SKIP LOCKED}; the in-memory adapter, whose units run one at a time, needs no
 * lock).
 *
 * @since 0.1
 */
public interface DueWorkRepository {

  /**
   * Adds {@code item} unless its tenant already has an item with its key.
   *
   * @return whether it was added
   */
  boolean add(DueItem item);

  /**
   * Claims up to {@code limit} pending items of {@code tenant} due at or before {@code dueBy}, in
   * order of due instant then key, skipping those another unit holds.
   *
   * @param limit 1 to 10,000
   */
  List<DueItem> claim(TenantId tenant, Instant dueBy, int limit);

  /** Claims the pending item of {@code tenant} with {@code key}, unless another unit holds it. */
  Optional<DueItem> claim(TenantId tenant, String key);

  /**
   * Stores the new state of a claimed item that was pending.
   *
   * @throws IllegalStateException if the stored item is no longer pending
   */
  void finish(DueItem item);

  /** Returns the item of {@code tenant} with {@code key}. */
  Optional<DueItem> find(TenantId tenant, String key);

  /**
   * Returns up to {@code limit} items of {@code tenant} whose subject starts with {@code prefix},
   * in order of due instant then key.
   *
   * @param limit 1 to 10,000
   */
  List<DueItem> concerning(TenantId tenant, String prefix, int limit);
}
