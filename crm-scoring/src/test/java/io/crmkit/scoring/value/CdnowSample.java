package io.crmkit.scoring.value;

import static com.google.common.base.Preconditions.checkState;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The customers of the master file behind the published 2,357-customer summary, found by their
 * purchases alone, so that their repeat spend (which the summary lacks) can be read from the
 * master.
 *
 * <p>The summary's ids are 1 to 2,357, not the master's, but its rows follow the master's customers
 * ordered by first purchase day and then by master id, skipping the nine in ten not sampled: each
 * row is matched to the next master customer of the same frequency, recency and age (to the
 * summary's two decimals), and every row finds one. Matching from the end instead bounds each row's
 * position from the other side; a row with one candidate between the two bounds is identified, a
 * row with several is not, and {@link #earliest} takes the first of them.
 */
final class CdnowSample {

  /** The master customer chosen for each summary row, in summary order. */
  final List<CustomerSummary<String>> earliest;

  /** The last possible master customer for each summary row, in summary order. */
  final List<CustomerSummary<String>> latest;

  /** How many repeat buyers of the summary have more than one candidate in the master. */
  final int ambiguousRepeatBuyers;

  private CdnowSample(
      List<CustomerSummary<String>> earliest,
      List<CustomerSummary<String>> latest,
      int ambiguousRepeatBuyers) {
    this.earliest = earliest;
    this.latest = latest;
    this.ambiguousRepeatBuyers = ambiguousRepeatBuyers;
  }

  /**
   * Finds the rows of {@code published} among {@code master}, the summaries of every master
   * customer over the same calibration period.
   */
  static CdnowSample find(
      List<CustomerSummary<String>> published, List<CustomerSummary<String>> master) {
    List<CustomerSummary<String>> ordered =
        master.stream()
            .sorted(
                Comparator.comparing((CustomerSummary<String> c) -> -hundredths(c.age()))
                    .thenComparing(CustomerSummary::customer))
            .toList();
    int[] first = match(published, ordered, false);
    int[] last = match(published, ordered, true);
    int ambiguous = 0;
    List<CustomerSummary<String>> earliest = new ArrayList<>();
    List<CustomerSummary<String>> latest = new ArrayList<>();
    for (int row = 0; row < published.size(); row++) {
      earliest.add(ordered.get(first[row]));
      latest.add(ordered.get(last[row]));
      if (published.get(row).repeatBuyer() && first[row] != last[row]) {
        ambiguous++;
      }
    }
    return new CdnowSample(List.copyOf(earliest), List.copyOf(latest), ambiguous);
  }

  /** Matches each row to the first (or, backwards, the last) fitting customer after the last. */
  private static int[] match(
      List<CustomerSummary<String>> rows,
      List<CustomerSummary<String>> ordered,
      boolean backwards) {
    int[] positions = new int[rows.size()];
    int next = backwards ? ordered.size() - 1 : 0;
    int step = backwards ? -1 : 1;
    for (int i = 0; i < rows.size(); i++) {
      int row = backwards ? rows.size() - 1 - i : i;
      while (next >= 0 && next < ordered.size() && !same(rows.get(row), ordered.get(next))) {
        next += step;
      }
      checkState(next >= 0 && next < ordered.size(), "summary row %s has no match", row + 1);
      positions[row] = next;
      next += step;
    }
    return positions;
  }

  private static boolean same(CustomerSummary<?> row, CustomerSummary<?> customer) {
    return row.frequency() == customer.frequency()
        && hundredths(row.recency()) == hundredths(customer.recency())
        && hundredths(row.age()) == hundredths(customer.age());
  }

  private static long hundredths(double weeks) {
    return Math.round(weeks * 100);
  }
}
