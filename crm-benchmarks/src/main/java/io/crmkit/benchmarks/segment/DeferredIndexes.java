package io.crmkit.benchmarks.segment;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The indexes and constraints of PostgreSQL tables about to be bulk loaded, dropped before the load
 * and built again after it, as PostgreSQL's advice on populating a database has it: one sort per
 * index and one join per foreign key cost far less than maintaining them row by row. Their
 * definitions are read from the catalog, so what is rebuilt is exactly what the migrations created;
 * foreign keys of other tables that reference the loaded ones are dropped and rebuilt too. On
 * another database nothing is deferred.
 */
final class DeferredIndexes {

  /** A constraint or index: the statement that drops it and the one that creates it again. */
  private record Definition(String drop, String create) {}

  // foreign keys first, as they lean on the unique indexes of the tables they reference
  private static final String CONSTRAINTS =
      "select conrelid::regclass::text, conname, pg_get_constraintdef(oid), contype"
          + " from pg_constraint"
          + " where contype in ('p', 'u', 'f')"
          + " and (conrelid = any(?::regclass[]) or confrelid = any(?::regclass[]))"
          + " order by contype <> 'f', conrelid::regclass::text, conname";
  private static final String INDEXES =
      "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i"
          + " where i.indrelid = any(?::regclass[])"
          + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid"
          + " and c.conrelid = i.indrelid and c.contype in ('p', 'u', 'x'))"
          + " order by 1";

  private final DataSource database;
  private final List<Definition> dropped;

  private DeferredIndexes(DataSource database, List<Definition> dropped) {
    this.database = database;
    this.dropped = dropped;
  }

  /**
   * Drops the constraints and indexes of {@code tables} in {@code database} if it is PostgreSQL,
   * and remembers them for {@link #restore()}.
   */
  static DeferredIndexes drop(DataSource database, List<String> tables) throws SQLException {
    List<Definition> definitions = new ArrayList<>();
    try (Connection connection = database.getConnection()) {
      if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        return new DeferredIndexes(database, List.of());
      }
      Array names = connection.createArrayOf("text", tables.toArray());
      try (PreparedStatement constraints = connection.prepareStatement(CONSTRAINTS)) {
        constraints.setArray(1, names);
        constraints.setArray(2, names);
        try (ResultSet rows = constraints.executeQuery()) {
          while (rows.next()) {
            String table = rows.getString(1);
            String name = rows.getString(2);
            definitions.add(
                new Definition(
                    "alter table " + table + " drop constraint " + name,
                    "alter table " + table + " add constraint " + name + " " + rows.getString(3)));
          }
        }
      }
      try (PreparedStatement indexes = connection.prepareStatement(INDEXES)) {
        indexes.setArray(1, names);
        try (ResultSet rows = indexes.executeQuery()) {
          while (rows.next()) {
            definitions.add(new Definition("drop index " + rows.getString(1), rows.getString(2)));
          }
        }
      }
      try (Statement statement = connection.createStatement()) {
        for (Definition definition : definitions) {
          statement.execute(definition.drop());
        }
      }
    }
    return new DeferredIndexes(database, List.copyOf(definitions));
  }

  /**
   * Creates again, in reverse order of dropping (indexes, primary and unique keys, then foreign
   * keys), every constraint and index {@link #drop} dropped; a unique or foreign key the loaded
   * rows break fails here.
   */
  void restore() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      if (!dropped.isEmpty()) {
        // index builds sort in memory up to this much, instead of spilling to disk early
        statement.execute("set maintenance_work_mem = '512MB'");
      }
      for (int i = dropped.size() - 1; i >= 0; i--) {
        statement.execute(dropped.get(i).create());
      }
      if (!dropped.isEmpty()) {
        statement.execute("reset maintenance_work_mem");
      }
    }
  }
}
