package io.crmkit.scoring.rfm;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Scores values 1 to 5 by quintile of their rank, lowest value 1. Equal values share a score: the
 * quintile where their run of ties starts, so that a tie never lifts a value above where the lowest
 * of its equals stands, and quintile sizes differ by more than one only through ties.
 */
final class Quintiles {

  private Quintiles() {}

  static <T extends Comparable<? super T>> int[] scores(List<T> values) {
    int n = values.size();
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparing(values::get));
    int[] scores = new int[n];
    int runStart = 0;
    for (int rank = 0; rank < n; rank++) {
      if (rank > 0 && values.get(order[rank]).compareTo(values.get(order[rank - 1])) != 0) {
        runStart = rank;
      }
      // 5 * rank / n in long: exact for any list size
      scores[order[rank]] = 1 + (int) (5L * runStart / n);
    }
    return scores;
  }
}
