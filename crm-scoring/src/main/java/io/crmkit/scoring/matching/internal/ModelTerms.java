package io.crmkit.scoring.matching.internal;

import io.crmkit.scoring.matching.MatchModel;
import java.util.Map;

/** The value counts a model was trained with. */
final class ModelTerms implements TermCounts {

  private final Map<String, Integer>[] counts;
  private final long[] totals;

  @SuppressWarnings("unchecked")
  ModelTerms(MatchModel model) {
    int fields = model.fields().size();
    counts = new Map[fields];
    totals = new long[fields];
    for (int f = 0; f < fields; f++) {
      counts[f] = model.valueCounts(model.fields().get(f).field());
      totals[f] = counts[f].values().stream().mapToLong(Integer::longValue).sum();
    }
  }

  @Override
  public int count(int f, String value) {
    return counts[f].getOrDefault(value, 0);
  }

  @Override
  public long total(int f) {
    return totals[f];
  }
}
