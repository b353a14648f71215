package io.crmkit.scoring.matching.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.scoring.matching.BlockingPlan;
import io.crmkit.scoring.matching.DuplicateCluster;
import io.crmkit.scoring.matching.DuplicateScan;
import io.crmkit.scoring.matching.MatchConfiguration;
import io.crmkit.scoring.matching.MatchModel;
import io.crmkit.scoring.matching.MatchRecord;
import io.crmkit.scoring.matching.ScoredPair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The engine behind {@code RecordLinkage}: plan, train and scan a list of records. */
public final class Linkage {

  private final MatchConfiguration configuration;

  public Linkage(MatchConfiguration configuration) {
    checkArgument(
        configuration.comparisons().size() <= Patterns.MAX_FIELDS,
        "at most %s compared fields: %s",
        Patterns.MAX_FIELDS,
        configuration.comparisons().size());
    checkArgument(
        configuration.rules().size() <= Integer.SIZE,
        "at most %s blocking rules: %s",
        Integer.SIZE,
        configuration.rules().size());
    this.configuration = configuration;
  }

  /** Returns the blocking plan of {@code records}, without comparing a field. */
  public BlockingPlan plan(List<? extends MatchRecord<?>> records) {
    checkUniqueIds(records);
    Rows rows = Rows.of(configuration, records);
    return Blocks.of(rows, records.size()).plan(configuration.rules());
  }

  /** Trains a model on {@code records}. */
  public MatchModel train(List<? extends MatchRecord<?>> records) {
    checkUniqueIds(records);
    Rows rows = Rows.of(configuration, records);
    Blocks blocks = Blocks.of(rows, records.size());
    return train(rows, records.size(), Candidates.compare(rows, blocks));
  }

  /** Scans {@code records} for duplicates, with {@code model} or one trained on them. */
  public <K> DuplicateScan<K> scan(List<MatchRecord<K>> records, @Nullable MatchModel model) {
    checkArgument(
        model == null || model.configuration().equals(configuration),
        "the model was trained for another configuration");
    checkUniqueIds(records);
    Rows rows = Rows.of(configuration, records);
    Blocks blocks = Blocks.of(rows, records.size());
    BlockingPlan plan = blocks.plan(configuration.rules());
    Candidates candidates = Candidates.compare(rows, blocks);
    MatchModel used = model != null ? model : train(rows, records.size(), candidates);
    Weights weights = new Weights(used, new ModelTerms(used));
    List<ScoredPair<K>> matches = matches(records, rows, candidates, weights);
    return new DuplicateScan<>(plan, used, candidates.size(), matches, clusters(records, matches));
  }

  private MatchModel train(Rows rows, int size, Candidates candidates) {
    double[][] u = Estimation.uProbabilities(rows, size, configuration);
    Estimation.MEstimate m = Estimation.mProbabilities(rows, candidates.counts, u, configuration);
    double prior = Estimation.matchPrior(candidates.counts, m.m(), u, size);
    return Estimation.model(configuration, m, u, prior, size, Estimation.valueCounts(rows, size));
  }

  /** Returns the pairs at or above the match probability, strongest first, then in row order. */
  private <K> List<ScoredPair<K>> matches(
      List<MatchRecord<K>> records, Rows rows, Candidates candidates, Weights weights) {
    double threshold = configuration.matchProbability();
    double[] weight = new double[candidates.size()];
    int[] matched =
        IntStream.range(0, candidates.size())
            .parallel()
            .filter(
                p -> {
                  int first = Candidates.first(candidates.pairs[p]);
                  weight[p] = weights.weight(rows, first, candidates.patterns[p]);
                  return weights.probability(weight[p]) >= threshold;
                })
            .toArray();
    return Arrays.stream(matched)
        .boxed()
        .sorted(
            Comparator.comparingDouble((Integer p) -> -weight[p])
                .thenComparingLong(p -> candidates.pairs[p]))
        .map(
            p -> {
              long pair = candidates.pairs[p];
              int first = Candidates.first(pair);
              return new ScoredPair<>(
                  records.get(first).id(),
                  records.get(Candidates.second(pair)).id(),
                  weights.explain(rows, first, candidates.patterns[p]));
            })
        .toList();
  }

  /** Links the pairs into connected groups, largest first, members in the records' order. */
  static <K> List<DuplicateCluster<K>> clusters(
      List<MatchRecord<K>> records, List<ScoredPair<K>> matches) {
    Map<K, Integer> rowOf = new HashMap<>();
    for (int row = 0; row < records.size(); row++) {
      rowOf.put(records.get(row).id(), row);
    }
    int[] parent = IntStream.range(0, records.size()).toArray();
    for (ScoredPair<K> pair : matches) {
      int a = root(parent, rowOf.get(pair.first()));
      int b = root(parent, rowOf.get(pair.second()));
      if (a != b) {
        parent[Math.max(a, b)] = Math.min(a, b);
      }
    }
    Map<Integer, List<K>> members = new HashMap<>();
    Map<Integer, List<ScoredPair<K>>> pairs = new HashMap<>();
    for (ScoredPair<K> pair : matches) {
      int root = root(parent, rowOf.get(pair.first()));
      pairs.computeIfAbsent(root, r -> new ArrayList<>()).add(pair);
    }
    for (int row = 0; row < records.size(); row++) {
      int root = root(parent, row);
      if (pairs.containsKey(root)) {
        members.computeIfAbsent(root, r -> new ArrayList<>()).add(records.get(row).id());
      }
    }
    return members.entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<Integer, List<K>> e) -> -e.getValue().size())
                .thenComparingInt(Map.Entry::getKey))
        .map(e -> new DuplicateCluster<>(e.getValue(), pairs.get(e.getKey())))
        .toList();
  }

  private static int root(int[] parent, int row) {
    int root = row;
    while (parent[root] != root) {
      root = parent[root];
    }
    while (parent[row] != root) {
      int next = parent[row];
      parent[row] = root;
      row = next;
    }
    return root;
  }

  private static void checkUniqueIds(List<? extends MatchRecord<?>> records) {
    Set<Object> ids = new HashSet<>();
    for (MatchRecord<?> record : records) {
      checkArgument(ids.add(record.id()), "two records have the id %s", record.id());
    }
  }
}
