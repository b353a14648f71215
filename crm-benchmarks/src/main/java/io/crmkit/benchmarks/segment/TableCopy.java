package io.crmkit.benchmarks.segment;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.postgresql.PGConnection;

/**
 * Moves every row of a table from one database to another with the same schema, then empties the
 * source table: rows the adapter wrote into a scratch database reach the benchmark's database
 * unchanged. Into PostgreSQL it streams them with {@code COPY ... FROM STDIN}, several times faster
 * than batched inserts; into any other database it inserts them in JDBC batches.
 */
final class TableCopy {

  private static final int BATCH = 5_000;
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx", Locale.ROOT);

  private final Connection from;
  private final Connection to;
  private final boolean postgres;

  /** Copies from {@code from} to {@code to}; the caller commits {@code to} and closes both. */
  TableCopy(Connection from, Connection to) throws SQLException {
    this.from = from;
    this.to = to;
    this.postgres = to.getMetaData().getDatabaseProductName().equals("PostgreSQL");
  }

  /** Copies every row of each table, in the order given, and returns how many rows moved. */
  long move(List<String> tables) throws SQLException {
    long rows = 0;
    for (String table : tables) {
      rows += postgres ? copy(table) : insert(table);
    }
    // children last in the list, so emptied first
    for (int i = tables.size() - 1; i >= 0; i--) {
      String table = tables.get(i);
      try (Statement delete = from.createStatement()) {
        delete.executeUpdate("delete from " + table);
      }
    }
    return rows;
  }

  private long copy(String table) throws SQLException {
    StringBuilder text = new StringBuilder(1 << 20);
    List<String> columns = writableColumns(table);
    long rows = 0;
    try (Statement select = from.createStatement();
        ResultSet source = select.executeQuery(selectOf(table, columns))) {
      int count = columns.size();
      while (source.next()) {
        for (int i = 1; i <= count; i++) {
          if (i > 1) {
            text.append('\t');
          }
          appendCopyValue(text, source.getObject(i));
        }
        text.append('\n');
        rows++;
      }
    }
    String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    try {
      to.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new StringReader(text.toString()));
    } catch (IOException e) {
      throw new SQLException("could not stream rows of " + table, e);
    }
    return rows;
  }

  /** Appends a value in the text format of {@code COPY}: {@code \N} for null, escaped text. */
  private static void appendCopyValue(StringBuilder text, Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof OffsetDateTime instant) {
      text.append(INSTANT.format(instant));
    } else if (value instanceof BigDecimal number) {
      text.append(number.toPlainString());
    } else if (value instanceof Boolean bool) {
      text.append(bool ? 't' : 'f');
    } else {
      String string = value.toString();
      for (int i = 0; i < string.length(); i++) {
        char c = string.charAt(i);
        switch (c) {
          case '\\' -> text.append("\\\\");
          case '\t' -> text.append("\\t");
          case '\n' -> text.append("\\n");
          case '\r' -> text.append("\\r");
          default -> text.append(c);
        }
      }
    }
  }

  private long insert(String table) throws SQLException {
    long rows = 0;
    List<String> columns = writableColumns(table);
    try (Statement select = from.createStatement();
        ResultSet source = select.executeQuery(selectOf(table, columns))) {
      ResultSetMetaData meta = source.getMetaData();
      StringJoiner marks = new StringJoiner(", ");
      columns.forEach(column -> marks.add("?"));
      String sql =
          "insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks + ")";
      try (PreparedStatement insert = to.prepareStatement(sql)) {
        int pending = 0;
        while (source.next()) {
          for (int i = 1; i <= columns.size(); i++) {
            Object value = source.getObject(i);
            if (value == null) {
              insert.setNull(i, meta.getColumnType(i));
            } else {
              insert.setObject(i, value);
            }
          }
          insert.addBatch();
          rows++;
          if (++pending == BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          insert.executeBatch();
        }
      }
    }
    return rows;
  }

  /**
   * Returns the table's columns in order, leaving out generated ones (the database computes them,
   * and refuses a value for them).
   */
  private List<String> writableColumns(String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    try (ResultSet described =
        from.getMetaData().getColumns(null, null, table.toUpperCase(Locale.ROOT), null)) {
      while (described.next()) {
        if (!"YES".equals(described.getString("IS_GENERATEDCOLUMN"))) {
          columns.add(described.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new SQLException("no columns found for table " + table);
    }
    return columns;
  }

  private static String selectOf(String table, List<String> columns) {
    return "select " + String.join(", ", columns) + " from " + table;
  }
}
