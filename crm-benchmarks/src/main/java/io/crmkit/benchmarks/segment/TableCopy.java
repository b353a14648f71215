package io.crmkit.benchmarks.segment;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Moves every row of a table from one database to another with the same schema, then empties the
 * source table: rows the adapter wrote into a scratch database reach the benchmark's database
 * unchanged. It also writes rows made elsewhere ({@link #write}). Into PostgreSQL it streams them
 * with {@code COPY ... FROM STDIN}, several times faster than batched inserts; into any other
 * database it inserts them in JDBC batches.
 */
final class TableCopy {

  /** Rows to write, one at a time. */
  interface Rows {
    /**
     * Fills {@code row}, one value per column (an {@link OffsetDateTime} for an instant), and
     * returns true, or returns false when there are no more rows.
     */
    boolean next(@Nullable Object[] row) throws SQLException;
  }

  private static final int BATCH = 5_000;
  // COPY text is sent in pieces of about this many characters, so no chunk is held whole
  private static final int COPY_PIECE = 1 << 20;
  private static final DateTimeFormatter INSTANT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSxxx", Locale.ROOT);

  private final Connection from;
  private final Connection to;
  private final boolean postgres;

  /**
   * Copies from {@code from}, which must not check foreign keys (its tables are truncated; on H2,
   * {@code SET REFERENTIAL_INTEGRITY FALSE}), to {@code to}; the caller commits {@code to} and
   * closes both.
   */
  TableCopy(Connection from, Connection to) throws SQLException {
    this.from = from;
    this.to = to;
    this.postgres = to.getMetaData().getDatabaseProductName().equals("PostgreSQL");
  }

  /**
   * Copies every row of each table, in the order given, then empties them, and returns how many
   * rows moved.
   */
  long move(List<String> tables) throws SQLException {
    long rows = 0;
    for (String table : tables) {
      List<String> columns = writableColumns(table);
      try (Statement select = from.createStatement();
          ResultSet source = select.executeQuery(selectOf(table, columns))) {
        rows += write(table, columns, row -> read(source, row));
      }
    }
    try (Statement truncate = from.createStatement()) {
      for (String table : tables) {
        truncate.executeUpdate("truncate table " + table);
      }
    }
    return rows;
  }

  private static boolean read(ResultSet source, @Nullable Object[] row) throws SQLException {
    if (!source.next()) {
      return false;
    }
    for (int i = 0; i < row.length; i++) {
      row[i] = source.getObject(i + 1);
    }
    return true;
  }

  /** Writes {@code rows} into {@code columns} of {@code table} and returns how many it wrote. */
  long write(String table, List<String> columns, Rows rows) throws SQLException {
    return postgres ? copy(table, columns, rows) : insert(table, columns, rows);
  }

  private long copy(String table, List<String> columns, Rows rows) throws SQLException {
    String sql = "copy " + table + " (" + String.join(", ", columns) + ") from stdin";
    CopyIn copy = to.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
    try {
      StringBuilder text = new StringBuilder(COPY_PIECE + (COPY_PIECE >> 2));
      @Nullable Object[] row = new Object[columns.size()];
      long written = 0;
      while (rows.next(row)) {
        for (int i = 0; i < row.length; i++) {
          if (i > 0) {
            text.append('\t');
          }
          appendCopyValue(text, row[i]);
        }
        text.append('\n');
        written++;
        if (text.length() >= COPY_PIECE) {
          send(copy, text);
        }
      }
      send(copy, text);
      copy.endCopy();
      return written;
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static void send(CopyIn copy, StringBuilder text) throws SQLException {
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    text.setLength(0);
  }

  /** Appends a value in the text format of {@code COPY}: {@code \N} for null, escaped text. */
  private static void appendCopyValue(StringBuilder text, @Nullable Object value) {
    if (value == null) {
      text.append("\\N");
    } else if (value instanceof OffsetDateTime instant) {
      INSTANT.formatTo(instant, text);
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

  private long insert(String table, List<String> columns, Rows rows) throws SQLException {
    StringJoiner marks = new StringJoiner(", ");
    columns.forEach(column -> marks.add("?"));
    String sql =
        "insert into " + table + " (" + String.join(", ", columns) + ") values (" + marks + ")";
    long written = 0;
    try (PreparedStatement insert = to.prepareStatement(sql)) {
      @Nullable Object[] row = new Object[columns.size()];
      int pending = 0;
      while (rows.next(row)) {
        for (int i = 0; i < row.length; i++) {
          insert.setObject(i + 1, row[i]);
        }
        insert.addBatch();
        written++;
        if (++pending == BATCH) {
          insert.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        insert.executeBatch();
      }
    }
    return written;
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
