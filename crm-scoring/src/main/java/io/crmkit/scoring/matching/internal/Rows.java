package io.crmkit.scoring.matching.internal;

import io.crmkit.scoring.matching.FieldComparison;
import io.crmkit.scoring.matching.MatchConfiguration;
import io.crmkit.scoring.matching.MatchRecord;
import java.util.List;

/** Prepared records, one row each, one {@link Column} per compared field. */
final class Rows {

  final MatchConfiguration configuration;
  final Column[] columns;
  private int capacity;

  /** Rows for many records, sharing equal strings. */
  Rows(MatchConfiguration configuration, int capacity) {
    this(configuration, capacity, true);
  }

  /** Rows that share equal strings or, for a short-lived probe, do not bother. */
  Rows(MatchConfiguration configuration, int capacity, boolean sharing) {
    this.configuration = configuration;
    List<FieldComparison> comparisons = configuration.comparisons();
    this.columns = new Column[comparisons.size()];
    this.capacity = Math.max(capacity, 1);
    for (int f = 0; f < columns.length; f++) {
      columns[f] = new Column(comparisons.get(f), this.capacity, sharing);
    }
  }

  /**
   * Returns the rows of {@code records}, in their order, prepared in parallel; they live as long as
   * a scan, so equal strings are not looked up to be shared.
   */
  static Rows of(MatchConfiguration configuration, List<? extends MatchRecord<?>> records) {
    Rows rows = new Rows(configuration, records.size(), false);
    Parallel.forRange(records.size(), row -> rows.set(row, records.get(row)));
    return rows;
  }

  int capacity() {
    return capacity;
  }

  void ensureCapacity(int rows) {
    if (rows > capacity) {
      capacity = Math.max(rows, capacity + (capacity >> 1));
      for (Column column : columns) {
        column.grow(capacity);
      }
    }
  }

  void set(int row, MatchRecord<?> record) {
    for (Column column : columns) {
      column.set(row, record.values().get(column.comparison.field()));
    }
  }

  void clear(int row) {
    for (Column column : columns) {
      column.clear(row);
    }
  }

  /** Returns the index of the column of {@code field}'s partner, -1 when it has none. */
  int partnerOf(int column) {
    FieldComparison comparison = columns[column].comparison;
    if (comparison.partner() == null) {
      return -1;
    }
    for (int f = 0; f < columns.length; f++) {
      if (columns[f].comparison.field() == comparison.partner()) {
        return f;
      }
    }
    return -1;
  }
}
