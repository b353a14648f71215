package io.crmkit.core.merge;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.party.Party;

/**
 * A merge done: its id in the merge journal (what {@link MergeService#unmerge} takes), the survivor
 * as stored, and how many records were re-parented.
 *
 * @param id the merge's journal entry
 * @param survivor the surviving record as stored
 * @param counts the records re-parented, by kind
 * @param <P> the kind of record merged
 * @since 0.1
 */
public record MergeResult<P extends Party<?, ?, P>>(MergeId id, P survivor, MergeCounts counts) {

  public MergeResult {
    requireNonNull(id, "id");
    requireNonNull(survivor, "survivor");
    requireNonNull(counts, "counts");
  }
}
