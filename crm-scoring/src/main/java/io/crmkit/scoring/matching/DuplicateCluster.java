package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;

/**
 * Records taken for one party: the connected group of two or more records that pairs called
 * duplicates link, directly or through each other, with those pairs. A merge takes one cluster.
 *
 * @param <K> the type of the ids
 * @param records the ids of the records, at least two, in the order the scan read them
 * @param pairs the duplicate pairs inside the cluster, strongest first
 * @since 0.1
 */
public record DuplicateCluster<K>(List<K> records, List<ScoredPair<K>> pairs) {

  /**
   * Creates a {@code DuplicateCluster}, checking its components as the type's comment describes.
   */
  public DuplicateCluster {
    records = List.copyOf(records);
    pairs = List.copyOf(pairs);
    checkArgument(records.size() >= 2, "a cluster has at least two records: %s", records);
    checkArgument(
        pairs.size() >= records.size() - 1,
        "%s pairs cannot link %s records",
        pairs.size(),
        records.size());
  }

  /** Returns how many records the cluster holds. */
  public int size() {
    return records.size();
  }
}
