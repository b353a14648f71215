package io.crmkit.benchmarks.jpa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import javax.sql.DataSource;

/**
 * The rows of one table as JDBC read them, to be written back with a raw batch insert: the baseline
 * of the adapter's inserts writes exactly the rows the adapter wrote.
 */
final class Rows {

  private final String table;
  private final List<String> columns;
  private final int[] types;
  private final List<Object[]> values;

  private Rows(String table, List<String> columns, int[] types, List<Object[]> values) {
    this.table = table;
    this.columns = columns;
    this.types = types;
    this.values = values;
  }

  /** Reads every row of {@code table}. */
  static Rows of(DataSource source, String table) throws SQLException {
    try (Connection connection = source.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select * from " + table)) {
      ResultSetMetaData meta = rows.getMetaData();
      int count = meta.getColumnCount();
      List<String> columns = new ArrayList<>(count);
      int[] types = new int[count];
      for (int i = 1; i <= count; i++) {
        columns.add(meta.getColumnName(i));
        types[i - 1] = meta.getColumnType(i);
      }
      List<Object[]> values = new ArrayList<>();
      while (rows.next()) {
        Object[] row = new Object[count];
        for (int i = 1; i <= count; i++) {
          row[i - 1] = rows.getObject(i);
        }
        values.add(row);
      }
      return new Rows(table, columns, types, values);
    }
  }

  /** Returns how many rows were read. */
  int size() {
    return values.size();
  }

  /**
   * Inserts the rows on {@code connection} with one prepared statement, executing a batch every
   * {@code batchSize} rows; the caller commits.
   */
  void insert(Connection connection, int batchSize) throws SQLException {
    StringJoiner marks = new StringJoiner(", ");
    columns.forEach(c -> marks.add("?"));
    String sql =
        "insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks + ")";
    try (PreparedStatement insert = connection.prepareStatement(sql)) {
      int pending = 0;
      for (Object[] row : values) {
        for (int i = 0; i < row.length; i++) {
          if (row[i] == null) {
            insert.setNull(i + 1, types[i]);
          } else {
            insert.setObject(i + 1, row[i]);
          }
        }
        insert.addBatch();
        if (++pending == batchSize) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
  }
}
