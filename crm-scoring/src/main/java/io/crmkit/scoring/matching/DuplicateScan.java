package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The result of a scan of a set of records for duplicates: the plan it followed, the model it
 * scored with, every pair it called a duplicate with its explanation, and the clusters those pairs
 * link.
 *
 * @param <K> the type of the records' ids
 * @param plan the blocking plan, never null
 * @param model the model the pairs were scored with, never null
 * @param comparedPairs how many candidate pairs were compared
 * @param matches the pairs at or above the configuration's match probability, strongest first
 * @param clusters the clusters of those pairs, largest first
 * @since 0.1
 */
public record DuplicateScan<K>(
    BlockingPlan plan,
    MatchModel model,
    long comparedPairs,
    List<ScoredPair<K>> matches,
    List<DuplicateCluster<K>> clusters) {

  /** Creates a {@code DuplicateScan}, checking its components as the type's comment describes. */
  public DuplicateScan {
    requireNonNull(plan, "plan");
    requireNonNull(model, "model");
    checkArgument(comparedPairs >= 0, "compared pairs must not be negative: %s", comparedPairs);
    matches = List.copyOf(matches);
    clusters = List.copyOf(clusters);
  }
}
