package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * How well duplicate detection agrees with known truth, counted in pairs: pairs rightly called
 * duplicates, pairs wrongly called, and true duplicate pairs missed, with precision, recall and F1.
 * A host with records whose true party is known (a cleaned sample, a data set with ground truth)
 * measures the detection with it.
 *
 * @param truePositives pairs called duplicates that are
 * @param falsePositives pairs called duplicates that are not
 * @param falseNegatives duplicate pairs not called
 * @since 0.1
 */
public record LinkageQuality(long truePositives, long falsePositives, long falseNegatives) {

  /** Creates a {@code LinkageQuality}, checking its components as the type's comment describes. */
  public LinkageQuality {
    checkArgument(
        truePositives >= 0 && falsePositives >= 0 && falseNegatives >= 0,
        "counts must not be negative: %s, %s, %s",
        truePositives,
        falsePositives,
        falseNegatives);
  }

  /**
   * Returns the quality of {@code pairs} called duplicates among {@code ids}, whose true party
   * {@code partyOf} gives.
   *
   * @throws IllegalArgumentException when a pair names an id outside {@code ids}
   */
  public static <K> LinkageQuality ofPairs(
      Collection<ScoredPair<K>> pairs, Collection<K> ids, Function<K, ?> partyOf) {
    Set<K> known = new HashSet<>(ids);
    Set<List<K>> seen = new HashSet<>();
    long right = 0;
    long called = 0;
    for (ScoredPair<K> pair : pairs) {
      checkArgument(
          known.contains(pair.first()) && known.contains(pair.second()),
          "pair %s-%s names an unknown id",
          pair.first(),
          pair.second());
      if (seen.add(List.of(pair.first(), pair.second()))
          && seen.add(List.of(pair.second(), pair.first()))) {
        called++;
        if (partyOf.apply(pair.first()).equals(partyOf.apply(pair.second()))) {
          right++;
        }
      }
    }
    return new LinkageQuality(right, called - right, truePairs(known, partyOf) - right);
  }

  /**
   * Returns the quality of the pairs that {@code clusters} make transitively: every two records of
   * a cluster count as called duplicates, linked directly or not.
   */
  public static <K> LinkageQuality ofClusters(
      Collection<DuplicateCluster<K>> clusters, Collection<K> ids, Function<K, ?> partyOf) {
    long right = 0;
    long called = 0;
    for (DuplicateCluster<K> cluster : clusters) {
      called += pairsOf(cluster.size());
      Map<Object, Integer> parties = new HashMap<>();
      cluster.records().forEach(id -> parties.merge(partyOf.apply(id), 1, Integer::sum));
      for (int count : parties.values()) {
        right += pairsOf(count);
      }
    }
    return new LinkageQuality(right, called - right, truePairs(Set.copyOf(ids), partyOf) - right);
  }

  private static <K> long truePairs(Collection<K> ids, Function<K, ?> partyOf) {
    requireNonNull(partyOf, "partyOf");
    Map<Object, Integer> parties = new HashMap<>();
    ids.forEach(id -> parties.merge(partyOf.apply(id), 1, Integer::sum));
    return parties.values().stream().mapToLong(LinkageQuality::pairsOf).sum();
  }

  private static long pairsOf(long records) {
    return records * (records - 1) / 2;
  }

  /** Returns the share of called pairs that are duplicates; 1 when none was called. */
  public double precision() {
    long called = truePositives + falsePositives;
    return called == 0 ? 1 : (double) truePositives / called;
  }

  /** Returns the share of duplicate pairs that were called; 1 when there are none. */
  public double recall() {
    long actual = truePositives + falseNegatives;
    return actual == 0 ? 1 : (double) truePositives / actual;
  }

  /** Returns the harmonic mean of precision and recall. */
  public double f1() {
    double precision = precision();
    double recall = recall();
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }
}
