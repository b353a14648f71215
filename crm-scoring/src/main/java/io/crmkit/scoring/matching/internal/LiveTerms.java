package io.crmkit.scoring.matching.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Value counts kept current as an index's records come and go; guarded by the index's lock. */
final class LiveTerms implements TermCounts {

  private final Rows rows;
  private final @Nullable Map<String, int[]>[] counts;
  private final long[] totals;

  @SuppressWarnings("unchecked")
  LiveTerms(Rows rows) {
    this.rows = rows;
    this.counts = new Map[rows.columns.length];
    this.totals = new long[rows.columns.length];
    for (int f = 0; f < counts.length; f++) {
      if (rows.columns[f].comparison.termFrequencies()) {
        counts[f] = new HashMap<>();
      }
    }
  }

  void add(int slot) {
    change(slot, 1);
  }

  void remove(int slot) {
    change(slot, -1);
  }

  private void change(int slot, int by) {
    for (int f = 0; f < counts.length; f++) {
      Map<String, int[]> values = counts[f];
      String value = rows.columns[f].text[slot];
      if (values != null && value != null) {
        int[] count = values.computeIfAbsent(value, v -> new int[1]);
        count[0] += by;
        if (count[0] == 0) {
          values.remove(value);
        }
        totals[f] += by;
      }
    }
  }

  @Override
  public int count(int f, String value) {
    Map<String, int[]> values = counts[f];
    int[] count = values == null ? null : values.get(value);
    return count == null ? 0 : count[0];
  }

  @Override
  public long total(int f) {
    return totals[f];
  }
}
