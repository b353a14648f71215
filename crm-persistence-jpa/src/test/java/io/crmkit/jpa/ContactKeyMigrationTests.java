package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Migration V3 on a database that already holds contacts: their external ids move into the contact
 * key table and stay unique per tenant. It runs in a schema of its own, migrated to V2 first.
 */
class ContactKeyMigrationTests {

  private static final UUID ANA = UUID.fromString("0190f5a0-0000-7000-8000-000000000001");
  private static final UUID BRUNO = UUID.fromString("0190f5a0-0000-7000-8000-000000000002");

  @ParameterizedTest
  @EnumSource(TestDatabase.class)
  void movesExternalIdsIntoTheKeyTableAndKeepsThemUniquePerTenant(TestDatabase database)
      throws SQLException {
    database.assumeConfigured();
    DataSource source = database.dataSource();
    String schema = scratchSchema(database, source);
    Flyway.configure()
        .dataSource(source)
        .locations(database.migrations())
        .schemas(schema)
        .cleanDisabled(false)
        .load()
        .clean();
    try {
      migrate(database, source, schema, "2");
      try (Connection connection = source.getConnection()) {
        insertContact(connection, schema, "acme", ANA);
        execute(
            connection,
            "insert into " + schema + ".crm_contact_external_id values (?, ?, ?)",
            "acme",
            ANA.toString(),
            "erp:C-1");
      }

      migrate(database, source, schema, "latest");

      try (Connection connection = source.getConnection()) {
        assertThat(externalKeys(connection, schema)).containsExactly("acme " + ANA + " erp:C-1");
        insertContact(connection, schema, "acme", BRUNO);
        insertContact(connection, schema, "globex", BRUNO);
        String insertKey =
            "insert into "
                + schema
                + ".crm_contact_key (tenant_id, contact_id, field, key_value) values (?, ?, ?, ?)";
        // the same text as another kind of key, and the same external id in another tenant
        execute(connection, insertKey, "acme", BRUNO.toString(), "name", "erp:C-1");
        execute(connection, insertKey, "globex", BRUNO.toString(), "external", "erp:C-1");

        assertThatThrownBy(
                () ->
                    execute(connection, insertKey, "acme", BRUNO.toString(), "external", "erp:C-1"))
            .isInstanceOf(SQLException.class)
            .satisfies(
                e ->
                    assertThat(e.getMessage().toLowerCase(Locale.ROOT))
                        .contains("crm_contact_key_external_uk"));
        assertThat(externalKeys(connection, schema))
            .containsExactly("acme " + ANA + " erp:C-1", "globex " + BRUNO + " erp:C-1");
      }
    } finally {
      Flyway.configure()
          .dataSource(source)
          .locations(database.migrations())
          .schemas(schema)
          .cleanDisabled(false)
          .load()
          .clean();
    }
  }

  /**
   * A schema apart from the one the other tests use; on MariaDB a schema is a database of the
   * server, so it is named after the test database, which is the caller's own.
   */
  private static String scratchSchema(TestDatabase database, DataSource source)
      throws SQLException {
    if (database == TestDatabase.H2) {
      return "CRM_V3_UPGRADE";
    }
    try (Connection connection = source.getConnection()) {
      return connection.getCatalog().toLowerCase(Locale.ROOT) + "_v3_upgrade";
    }
  }

  private static void migrate(
      TestDatabase database, DataSource source, String schema, String target) {
    Flyway.configure()
        .dataSource(source)
        .locations(database.migrations())
        .schemas(schema)
        .target(target)
        .load()
        .migrate();
  }

  private static void insertContact(Connection connection, String schema, String tenant, UUID id)
      throws SQLException {
    Timestamp at = Timestamp.from(Instant.parse("2026-11-22T09:00:00Z"));
    execute(
        connection,
        "insert into "
            + schema
            + ".crm_contact (tenant_id, id, version, created_at, updated_at, owner_id,"
            + " lifecycle_stage, archived, given_name, family_name, display_name, job_title,"
            + " details, custom_fields)"
            + " values (?, ?, 1, ?, ?, 'olivia', 'LEAD', false, 'Ana', 'Lima', 'Ana Lima', '',"
            + " '{}', '{}')",
        tenant,
        id.toString(),
        at,
        at);
  }

  private static List<String> externalKeys(Connection connection, String schema)
      throws SQLException {
    List<String> keys = new ArrayList<>();
    try (PreparedStatement query =
            connection.prepareStatement(
                "select tenant_id, contact_id, key_value from "
                    + schema
                    + ".crm_contact_key where field = 'external' order by tenant_id");
        ResultSet rows = query.executeQuery()) {
      while (rows.next()) {
        keys.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
      }
    }
    return keys;
  }

  private static void execute(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }
}
