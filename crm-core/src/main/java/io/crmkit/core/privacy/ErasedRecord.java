package io.crmkit.core.privacy;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One record an erasure changed: what kind of record it is, its id, and whether it was deleted or
 * kept with the person's data replaced. Carries no personal data: ids are opaque.
 *
 * @param kind the kind of record, a lower-case word such as {@code contact}, {@code activity} or
 *     {@code score}; never null or blank
 * @param id the record's id, or the name of the list or segment it was removed from; never null or
 *     blank
 * @param treatment what the erasure did to it; never null
 * @since 0.1
 */
public record ErasedRecord(String kind, String id, Treatment treatment) {

  public ErasedRecord {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(treatment, "treatment");
    checkArgument(!kind.isBlank(), "erased record kind is blank");
    checkArgument(!id.isBlank(), "erased record id is blank");
  }

  /**
   * What an erasure does to a record that holds a person's data.
   *
   * @since 0.1
   */
  public enum Treatment {
    /** The record is gone, with every unique key it held. */
    DELETED,
    /**
     * The record stays, for what reports need of it, with every personal field deleted or replaced
     * by a tombstone value and every reference to the person removed.
     */
    ANONYMISED
  }
}
