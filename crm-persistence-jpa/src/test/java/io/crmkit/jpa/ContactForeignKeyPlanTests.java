package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL checks the foreign keys of a contact's key and value rows with the query below,
 * planned once per connection and cached: planned while the contact table is small and never
 * analysed (a first import into an empty table), it must still take the primary key, or every key
 * row written afterwards reads all the tenant's contacts.
 */
class ContactForeignKeyPlanTests {

  /** The query PostgreSQL's referential integrity trigger runs for each referencing row. */
  private static final String FOREIGN_KEY_CHECK =
      "prepare contact_key_check (varchar, uuid) as select 1 from only crm_contact x"
          + " where tenant_id operator(pg_catalog.=) $1 and id operator(pg_catalog.=) $2"
          + " for key share of x";

  @Test
  void checksAContactKeysForeignKeyThroughThePrimaryKeyOnASmallUnanalysedTable()
      throws SQLException {
    TestDatabase database = TestDatabase.POSTGRESQL;
    database.assumeConfigured();
    database.clean();
    List<String> plan = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      try {
        statement.execute(
            "insert into crm_contact (tenant_id, id, version, created_at, updated_at, owner_id,"
                + " lifecycle_stage, archived, given_name, family_name, display_name, job_title,"
                + " primary_email, details, custom_fields)"
                + " select 'acme', gen_random_uuid(), 1, now(), now(), 'owner', 'LEAD', false,"
                + " 'Ana' || i, 'Lima', 'Ana Lima', 'Buyer', 'ana' || i || '@example.com',"
                + " '{}', '{}' from generate_series(1, 500) i");
        statement.execute("set local plan_cache_mode = force_generic_plan");
        statement.execute(FOREIGN_KEY_CHECK);
        try (ResultSet lines =
            statement.executeQuery(
                "explain execute contact_key_check('acme', '" + UUID.randomUUID() + "')")) {
          while (lines.next()) {
            plan.add(lines.getString(1));
          }
        }
      } finally {
        connection.rollback();
        statement.execute("deallocate all");
        connection.setAutoCommit(true);
      }
    }

    assertThat(String.join("\n", plan))
        .contains("Index Scan using crm_contact_pk")
        .doesNotContain("Filter");
  }
}
