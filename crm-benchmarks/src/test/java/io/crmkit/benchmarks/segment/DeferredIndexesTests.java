package io.crmkit.benchmarks.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.crmkit.benchmarks.jpa.BenchmarkDatabase;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The loader drops the indexes and constraints of the tables it fills and builds them again: what
 * it builds must be exactly what the migrations created. Runs on the PostgreSQL database named by
 * {@code -Dcrmkit.test.postgres.url}, which it empties, and is skipped without one.
 */
class DeferredIndexesTests {

  // crm_contact_value is left out on purpose: its foreign key to crm_contact must be deferred too
  private static final List<String> TABLES =
      List.of("crm_contact", "crm_contact_key", "crm_activity", "crm_activity_link");

  private static final String DEFINITIONS =
      "select 'index ' || pg_get_indexdef(indexrelid) from pg_index"
          + " where indrelid = any(?::regclass[])"
          + " union all select 'constraint ' || conrelid::regclass::text || ' ' || conname || ' '"
          + " || pg_get_constraintdef(oid) from pg_constraint"
          + " where contype in ('p', 'u', 'f')"
          + " and (conrelid = any(?::regclass[]) or confrelid = any(?::regclass[]))";

  @Test
  void buildsAgainExactlyTheIndexesAndConstraintsItDropped() throws SQLException {
    String url = System.getProperty("crmkit.test.postgres.url", "");
    assumeThat(url).as("-Dcrmkit.test.postgres.url").isNotBlank();
    try (BenchmarkDatabase database = BenchmarkDatabase.open(url, "postgresql", 100)) {
      Set<String> migrated = definitions(database.dataSource());

      DeferredIndexes deferred = DeferredIndexes.drop(database.dataSource(), TABLES);
      Set<String> duringLoad = definitions(database.dataSource());
      deferred.restore();

      assertThat(migrated)
          .anyMatch(definition -> definition.contains("crm_activity_link_timeline_ix"))
          .anyMatch(definition -> definition.contains("crm_contact_value_contact_fk"));
      assertThat(duringLoad).isEmpty();
      assertThat(definitions(database.dataSource())).isEqualTo(migrated);
    }
  }

  private static Set<String> definitions(DataSource dataSource) throws SQLException {
    Set<String> definitions = new HashSet<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query = connection.prepareStatement(DEFINITIONS)) {
      Array tables = connection.createArrayOf("text", TABLES.toArray());
      for (int i = 1; i <= 3; i++) {
        query.setArray(i, tables);
      }
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          definitions.add(rows.getString(1));
        }
      }
    }
    return definitions;
  }
}
