package io.crmkit.scoring.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate pairs of a scan, each compared once: the two rows and the comparison vector of
 * every pair, and how many pairs share each (vector, rules that made it), which is all that
 * expectation-maximisation needs. Filled in parallel, one chunk per thread.
 */
final class Candidates {

  /** A comparison vector and the rules that made pairs with it. */
  record Key(long pattern, int ruleMask) {}

  private static final class Chunk {
    long[] pairs = new long[1_024];
    long[] patterns = new long[1_024];
    int size;
    final Map<Key, long[]> counts = new HashMap<>();

    void add(int first, int second, long pattern, int mask) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
        patterns = Arrays.copyOf(patterns, size * 2);
      }
      pairs[size] = ((long) first << 32) | second;
      patterns[size] = pattern;
      size++;
      counts.computeIfAbsent(new Key(pattern, mask), k -> new long[1])[0]++;
    }
  }

  final long[] pairs;
  final long[] patterns;
  final Map<Key, Long> counts;

  private Candidates(long[] pairs, long[] patterns, Map<Key, Long> counts) {
    this.pairs = pairs;
    this.patterns = patterns;
    this.counts = counts;
  }

  /** Compares every distinct candidate pair of the blocks' rules once. */
  static Candidates compare(Rows rows, Blocks blocks) {
    List<Chunk> chunks = new ArrayList<>();
    ThreadLocal<Chunk> local =
        ThreadLocal.withInitial(
            () -> {
              Chunk chunk = new Chunk();
              synchronized (chunks) {
                chunks.add(chunk);
              }
              return chunk;
            });
    for (int r = 0; r < blocks.ruleCount(); r++) {
      blocks.forEachPair(
          r,
          true,
          (first, second, mask) ->
              local.get().add(first, second, Patterns.of(rows, first, rows, second), mask));
    }
    int total = chunks.stream().mapToInt(c -> c.size).sum();
    long[] pairs = new long[total];
    long[] patterns = new long[total];
    Map<Key, Long> counts = new HashMap<>();
    int at = 0;
    for (Chunk chunk : chunks) {
      System.arraycopy(chunk.pairs, 0, pairs, at, chunk.size);
      System.arraycopy(chunk.patterns, 0, patterns, at, chunk.size);
      at += chunk.size;
      chunk.counts.forEach((key, count) -> counts.merge(key, count[0], Long::sum));
    }
    return new Candidates(pairs, patterns, counts);
  }

  int size() {
    return pairs.length;
  }

  static int first(long pair) {
    return (int) (pair >>> 32);
  }

  static int second(long pair) {
    return (int) pair;
  }
}
