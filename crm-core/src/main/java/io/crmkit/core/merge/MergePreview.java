package io.crmkit.core.merge;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.party.Party;

/**
 * What a merge would do, computed without writing anything: the surviving record as the merge would
 * store it, and how many records it would re-parent.
 *
 * @param result the survivor after the merge (its version is the one the merge would store)
 * @param counts the records that would be re-parented, by kind
 * @param <P> the kind of record merged
 * @since 0.1
 */
public record MergePreview<P extends Party<?, ?, P>>(P result, MergeCounts counts) {

  public MergePreview {
    requireNonNull(result, "result");
    requireNonNull(counts, "counts");
  }
}
