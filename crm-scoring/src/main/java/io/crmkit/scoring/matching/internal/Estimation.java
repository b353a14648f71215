package io.crmkit.scoring.matching.internal;

import io.crmkit.scoring.matching.FieldComparison;
import io.crmkit.scoring.matching.FieldModel;
import io.crmkit.scoring.matching.LevelWeight;
import io.crmkit.scoring.matching.MatchConfiguration;
import io.crmkit.scoring.matching.MatchField;
import io.crmkit.scoring.matching.MatchModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Estimation of a Fellegi-Sunter model without labels, as Splink does it: u-probabilities from
 * random pairs (nearly all of which are not duplicates), then m-probabilities by
 * expectation-maximisation on each blocking rule's pairs with u held fixed and the rule's own
 * fields left out (its pairs agree on them by construction), averaged over the rules; then the
 * prior probability of a match by the same fixed point over the union of the candidate pairs.
 */
final class Estimation {

  /** A rule with fewer pairs than this gives no estimate of its own. */
  static final long MIN_PAIRS = 30;

  /** The smallest share of records taken to have a duplicate, whatever the estimate. */
  static final double MIN_DUPLICATE_SHARE = 0.01;

  /**
   * The weight of the prior m-probabilities in expectation-maximisation, in pairs: a Dirichlet
   * prior that keeps the estimates sensible when the data hold few duplicates and fades when they
   * hold many.
   */
  static final double PRIOR_PAIRS = 10;

  private static final double FLOOR = 1e-6;
  private static final int SAMPLE_STREAMS = 16;
  private static final double TOLERANCE = 1e-6;

  private Estimation() {}

  /**
   * Returns the priors the model starts from and falls back to: agreement likely for duplicates.
   */
  static double[] priorM(int levels) {
    return spread(levels, 0.85, 0.05);
  }

  /**
   * Returns the priors of u: unrelated records rarely agree, exactly or nearly (one in a hundred
   * for each level between), and mostly disagree.
   */
  static double[] priorU(int levels) {
    double[] u = new double[levels];
    u[0] = 0.005;
    for (int l = 1; l < levels - 1; l++) {
      u[l] = 0.01;
    }
    u[levels - 1] = 1 - 0.005 - 0.01 * (levels - 2);
    return u;
  }

  /** Closest level {@code first}, disagreement {@code last}, the rest shared by the others. */
  private static double[] spread(int levels, double first, double last) {
    double[] p = new double[levels];
    p[0] = first;
    p[levels - 1] = last;
    for (int l = 1; l < levels - 1; l++) {
      p[l] = (1 - first - last) / (levels - 2);
    }
    return p;
  }

  /** Counts each value of the columns with term-frequency adjustment. */
  static Map<MatchField, Map<String, Integer>> valueCounts(Rows rows, int size) {
    Map<MatchField, Map<String, Integer>> counts = new EnumMap<>(MatchField.class);
    for (Column column : rows.columns) {
      if (column.comparison.termFrequencies()) {
        Map<String, Integer> values = new HashMap<>();
        for (int row = 0; row < size; row++) {
          String value = column.text[row];
          if (value != null) {
            values.merge(value, 1, Integer::sum);
          }
        }
        counts.put(column.comparison.field(), values);
      }
    }
    return counts;
  }

  /** Estimates each level's u-probability from random pairs, or from all pairs when fewer. */
  static double[][] uProbabilities(Rows rows, int size, MatchConfiguration configuration) {
    int fields = rows.columns.length;
    long[][] counts = new long[fields][];
    for (int f = 0; f < fields; f++) {
      counts[f] = new long[levelCount(rows, f)];
    }
    long allPairs = (long) size * (size - 1) / 2;
    if (allPairs <= configuration.randomPairs()) {
      long[][][] byRow = new long[size][][];
      Parallel.forRange(
          size,
          i -> {
            long[][] part = emptyCounts(counts);
            for (int j = i + 1; j < size; j++) {
              tally(rows, i, j, part);
            }
            byRow[i] = part;
          });
      for (long[][] part : byRow) {
        add(part, counts);
      }
    } else {
      SplittableRandom random = new SplittableRandom(configuration.seed());
      // a fixed number of streams, so that the sample does not depend on the machine's cores
      int threads = SAMPLE_STREAMS;
      long[] seeds = random.longs(threads).toArray();
      List<long[][]> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        parts.add(emptyCounts(counts));
      }
      int share = configuration.randomPairs() / threads;
      Parallel.forRange(
          threads,
          t -> {
            SplittableRandom own = new SplittableRandom(seeds[t]);
            for (int p = 0; p < share; p++) {
              int i = own.nextInt(size);
              int j = own.nextInt(size - 1);
              tally(rows, i, j >= i ? j + 1 : j, parts.get(t));
            }
          });
      for (long[][] part : parts) {
        add(part, counts);
      }
    }
    double[][] u = new double[fields][];
    for (int f = 0; f < fields; f++) {
      u[f] = fromCounts(counts[f], priorU(counts[f].length));
    }
    return u;
  }

  private static long[][] emptyCounts(long[][] shape) {
    long[][] counts = new long[shape.length][];
    for (int f = 0; f < shape.length; f++) {
      counts[f] = new long[shape[f].length];
    }
    return counts;
  }

  private static void add(long[][] part, long[][] counts) {
    for (int f = 0; f < counts.length; f++) {
      for (int l = 0; l < counts[f].length; l++) {
        counts[f][l] += part[f][l];
      }
    }
  }

  private static void tally(Rows rows, int i, int j, long[][] counts) {
    for (int f = 0; f < counts.length; f++) {
      int level = Levels.level(rows, i, rows, j, f);
      if (level != Levels.MISSING) {
        counts[f][level]++;
      }
    }
  }

  /** Frequencies with half an observation of each prior level, so no level is impossible. */
  private static double[] fromCounts(long[] counts, double[] prior) {
    double total = 0.5;
    for (long count : counts) {
      total += count;
    }
    double[] p = new double[counts.length];
    for (int l = 0; l < counts.length; l++) {
      p[l] = (counts[l] + 0.5 * prior[l]) / total;
    }
    return p;
  }

  /** The estimated m-probabilities and whether each field got an estimate. */
  record MEstimate(double[][] m, boolean[] estimated) {}

  /** Runs expectation-maximisation on each rule's pairs and averages each field's estimates. */
  static MEstimate mProbabilities(
      Rows rows, Map<Candidates.Key, Long> counts, double[][] u, MatchConfiguration configuration) {
    int fields = rows.columns.length;
    double[][] sum = new double[fields][];
    long[] estimates = new long[fields];
    for (int f = 0; f < fields; f++) {
      sum[f] = new double[u[f].length];
    }
    for (int r = 0; r < configuration.rules().size(); r++) {
      boolean[] free = new boolean[fields];
      for (int f = 0; f < fields; f++) {
        free[f] = !configuration.rules().get(r).uses(rows.columns[f].comparison.field());
      }
      int bit = 1 << r;
      List<Map.Entry<Candidates.Key, Long>> entries =
          counts.entrySet().stream().filter(e -> (e.getKey().ruleMask() & bit) != 0).toList();
      long pairs = entries.stream().mapToLong(Map.Entry::getValue).sum();
      if (pairs < MIN_PAIRS) {
        continue;
      }
      double[][] m = expectationMaximisation(entries, free, u, configuration.maxIterations());
      for (int f = 0; f < fields; f++) {
        if (free[f] && m[f] != null) {
          for (int l = 0; l < m[f].length; l++) {
            sum[f][l] += m[f][l] * pairs;
          }
          estimates[f] += pairs;
        }
      }
    }
    double[][] m = new double[fields][];
    boolean[] estimated = new boolean[fields];
    for (int f = 0; f < fields; f++) {
      estimated[f] = estimates[f] > 0;
      m[f] = estimated[f] ? normalised(sum[f]) : priorM(u[f].length);
    }
    return new MEstimate(m, estimated);
  }

  private static double[][] expectationMaximisation(
      List<Map.Entry<Candidates.Key, Long>> entries, boolean[] free, double[][] u, int rounds) {
    int fields = free.length;
    double[][] m = new double[fields][];
    for (int f = 0; f < fields; f++) {
      m[f] = priorM(u[f].length);
    }
    double lambda = 0.3;
    boolean[] seen = new boolean[fields];
    for (int round = 0; round < rounds; round++) {
      double[][] numerator = new double[fields][];
      for (int f = 0; f < fields; f++) {
        numerator[f] = new double[m[f].length];
      }
      double matches = 0;
      double total = 0;
      for (Map.Entry<Candidates.Key, Long> entry : entries) {
        long pattern = entry.getKey().pattern();
        double count = entry.getValue();
        double p = posterior(pattern, free, m, u, lambda);
        matches += count * p;
        total += count;
        for (int f = 0; f < fields; f++) {
          int level = Patterns.level(pattern, f);
          if (free[f] && level != Levels.MISSING) {
            numerator[f][level] += count * p;
            seen[f] = true;
          }
        }
      }
      double change = 0;
      for (int f = 0; f < fields; f++) {
        if (free[f] && seen[f]) {
          double[] prior = priorM(numerator[f].length);
          for (int l = 0; l < prior.length; l++) {
            numerator[f][l] += PRIOR_PAIRS * prior[l];
          }
          double[] next = normalised(numerator[f]);
          for (int l = 0; l < next.length; l++) {
            change = Math.max(change, Math.abs(next[l] - m[f][l]));
          }
          m[f] = next;
        }
      }
      lambda = clamp(matches / total);
      if (change < TOLERANCE) {
        break;
      }
    }
    double[][] result = new double[fields][];
    for (int f = 0; f < fields; f++) {
      result[f] = free[f] && seen[f] ? m[f] : null;
    }
    return result;
  }

  /**
   * Estimates the probability that two random records match: the expected matches among the
   * candidate pairs (pairs outside them are taken for non-matches) over all pairs, found as the
   * fixed point of that expectation; never below {@link #MIN_DUPLICATE_SHARE} duplicates per
   * record, so that a tenant without duplicates yet still recognises the first one entered.
   */
  static double matchPrior(
      Map<Candidates.Key, Long> counts, double[][] m, double[][] u, long records) {
    double floor = MIN_DUPLICATE_SHARE / Math.max(records, 2);
    long allPairs = records * (records - 1) / 2;
    if (allPairs < 2 || counts.isEmpty()) {
      return floor;
    }
    boolean[] all = new boolean[m.length];
    java.util.Arrays.fill(all, true);
    long candidates = counts.values().stream().mapToLong(Long::longValue).sum();
    double prior = Math.min(0.5, 0.1 * candidates / allPairs);
    for (int round = 0; round < 200; round++) {
      double expected = 0;
      for (Map.Entry<Candidates.Key, Long> entry : counts.entrySet()) {
        expected += entry.getValue() * posterior(entry.getKey().pattern(), all, m, u, prior);
      }
      double next = Math.max(1e-12, Math.min(0.5, expected / allPairs));
      if (Math.abs(next - prior) <= 1e-9 * prior) {
        return Math.max(floor, next);
      }
      prior = next;
    }
    return Math.max(floor, prior);
  }

  private static double posterior(
      long pattern, boolean[] fields, double[][] m, double[][] u, double lambda) {
    double logRatio = Math.log(lambda / (1 - lambda));
    for (int f = 0; f < fields.length; f++) {
      int level = Patterns.level(pattern, f);
      if (fields[f] && level != Levels.MISSING) {
        logRatio += Math.log(m[f][level] / u[f][level]);
      }
    }
    return 1 / (1 + Math.exp(-logRatio));
  }

  /** Returns the model of the estimates. */
  static MatchModel model(
      MatchConfiguration configuration,
      MEstimate m,
      double[][] u,
      double prior,
      long records,
      Map<MatchField, Map<String, Integer>> valueCounts) {
    List<FieldModel> fields = new ArrayList<>();
    List<FieldComparison> comparisons = configuration.comparisons();
    for (int f = 0; f < comparisons.size(); f++) {
      List<String> names = comparisons.get(f).comparison().levels();
      List<LevelWeight> levels = new ArrayList<>();
      for (int l = 0; l < names.size(); l++) {
        levels.add(new LevelWeight(names.get(l), m.m()[f][l], u[f][l]));
      }
      fields.add(new FieldModel(comparisons.get(f), levels, m.estimated()[f]));
    }
    return MatchModel.of(configuration, fields, prior, records, valueCounts);
  }

  /** Returns the model of the priors alone, for a set of records too small to estimate from. */
  static MatchModel priors(MatchConfiguration configuration) {
    int fields = configuration.comparisons().size();
    double[][] m = new double[fields][];
    double[][] u = new double[fields][];
    for (int f = 0; f < fields; f++) {
      int levels = configuration.comparisons().get(f).comparison().levels().size();
      m[f] = priorM(levels);
      u[f] = priorU(levels);
    }
    return model(configuration, new MEstimate(m, new boolean[fields]), u, 1e-4, 0, Map.of());
  }

  private static int levelCount(Rows rows, int f) {
    return rows.columns[f].comparison.comparison().levels().size();
  }

  private static double[] normalised(double[] values) {
    double total = 0;
    for (double value : values) {
      total += Math.max(value, FLOOR);
    }
    double[] p = new double[values.length];
    for (int l = 0; l < values.length; l++) {
      p[l] = Math.max(values[l], FLOOR) / total;
    }
    return p;
  }

  private static double clamp(double probability) {
    return Math.max(FLOOR, Math.min(1 - FLOOR, probability));
  }
}
