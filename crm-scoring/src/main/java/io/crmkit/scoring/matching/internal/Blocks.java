package io.crmkit.scoring.matching.internal;

import io.crmkit.scoring.matching.BlockingPlan;
import io.crmkit.scoring.matching.BlockingRule;
import io.crmkit.scoring.matching.RulePairs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.IntStream;

/**
 * The blocks of a set of rows under each rule: rows grouped by equal key, held as one array of rows
 * sorted by block and the start of each block, so that a million rows cost a few arrays of ints and
 * no object per row. A pair is new under a rule when no earlier rule's keys are equal.
 */
final class Blocks {

  /** Receives the pairs of a block. */
  interface PairVisitor {
    void visit(int first, int second, int ruleMask);
  }

  final int rows;
  final long[][] keys;
  private final int[][] members;
  private final int[][] starts;

  private Blocks(int rows, long[][] keys, int[][] members, int[][] starts) {
    this.rows = rows;
    this.keys = keys;
    this.members = members;
    this.starts = starts;
  }

  static Blocks of(Rows rows, int size) {
    BlockingKeys blocking = new BlockingKeys(rows);
    int rules = blocking.ruleCount();
    long[][] keys = new long[rules][size];
    Parallel.forRange(
        size,
        row -> {
          for (int r = 0; r < rules; r++) {
            keys[r][row] = blocking.key(rows, r, row);
          }
        });
    int[][] members = new int[rules][];
    int[][] starts = new int[rules][];
    for (int r = 0; r < rules; r++) {
      group(keys[r], r, members, starts);
    }
    return new Blocks(size, keys, members, starts);
  }

  private static void group(long[] keys, int r, int[][] members, int[][] starts) {
    long[] distinct = Arrays.stream(keys).filter(k -> k != BlockingKeys.NONE).toArray();
    Arrays.sort(distinct);
    int count = 0;
    for (int i = 0; i < distinct.length; i++) {
      if (i == 0 || distinct[i] != distinct[i - 1]) {
        distinct[count++] = distinct[i];
      }
    }
    long[] blockKeys = Arrays.copyOf(distinct, count);
    int[] block = new int[keys.length];
    int[] sizes = new int[count + 1];
    for (int row = 0; row < keys.length; row++) {
      block[row] = keys[row] == BlockingKeys.NONE ? -1 : Arrays.binarySearch(blockKeys, keys[row]);
      if (block[row] >= 0) {
        sizes[block[row] + 1]++;
      }
    }
    for (int b = 0; b < count; b++) {
      sizes[b + 1] += sizes[b];
    }
    int[] order = new int[sizes[count]];
    int[] next = Arrays.copyOf(sizes, count);
    for (int row = 0; row < keys.length; row++) {
      if (block[row] >= 0) {
        order[next[block[row]]++] = row;
      }
    }
    members[r] = order;
    starts[r] = sizes;
  }

  int ruleCount() {
    return keys.length;
  }

  int blockCount(int rule) {
    return starts[rule].length - 1;
  }

  /** Returns the pairs rule {@code r} makes on its own. */
  long pairs(int rule) {
    long pairs = 0;
    for (int b = 0; b < blockCount(rule); b++) {
      long size = starts[rule][b + 1] - starts[rule][b];
      pairs += size * (size - 1) / 2;
    }
    return pairs;
  }

  /** Returns the plan: each rule's pairs and new pairs, counted without comparing a field. */
  BlockingPlan plan(List<BlockingRule> rules) {
    List<RulePairs> counts = new ArrayList<>();
    for (int r = 0; r < ruleCount(); r++) {
      LongAdder fresh = new LongAdder();
      forEachPair(r, true, (first, second, mask) -> fresh.increment());
      counts.add(new RulePairs(rules.get(r), pairs(r), fresh.sum()));
    }
    return new BlockingPlan(rows, counts);
  }

  /**
   * Visits the pairs of rule {@code r}'s blocks, in parallel; with {@code onlyNew}, only those no
   * earlier rule made. The mask has bit {@code q} set for every rule {@code q} that makes the pair.
   */
  void forEachPair(int r, boolean onlyNew, PairVisitor visitor) {
    int[] order = members[r];
    int[] bounds = starts[r];
    IntStream.range(0, blockCount(r))
        .parallel()
        .forEach(
            b -> {
              for (int x = bounds[b]; x < bounds[b + 1]; x++) {
                for (int y = x + 1; y < bounds[b + 1]; y++) {
                  int i = order[x];
                  int j = order[y];
                  int mask = mask(i, j);
                  if (!onlyNew || (mask & ((1 << r) - 1)) == 0) {
                    visitor.visit(Math.min(i, j), Math.max(i, j), mask);
                  }
                }
              }
            });
  }

  /** Returns the rules that make the pair {@code (i, j)}, one bit each. */
  int mask(int i, int j) {
    int mask = 0;
    for (int q = 0; q < keys.length; q++) {
      long key = keys[q][i];
      if (key != BlockingKeys.NONE && key == keys[q][j]) {
        mask |= 1 << q;
      }
    }
    return mask;
  }
}
