package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The owners of a batch of linked contacts or companies, and the ids of a batch of new activities,
 * are read with "tenant_id = ? and id in (...)". H2 positions an index by an IN list only on the
 * index's first column, so it must answer this from the id-first indexes of its migrations V11 and
 * V50, not from the primary key positioned by the tenant alone, which reads every row of the tenant
 * for each batch.
 */
class OwnerBatchPlanTests {

  @ParameterizedTest
  @ValueSource(strings = {"crm_contact", "crm_company", "crm_activity"})
  void readsTheOwnersOfABatchOfIdsThroughAnIndexPositionedByTheIds(String table)
      throws SQLException {
    TestDatabase database = TestDatabase.H2;
    database.clean();
    String plan;
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet lines =
            statement.executeQuery(
                "explain select id, owner_id from "
                    + table
                    + " where tenant_id = 'acme' and id in ('"
                    + UUID.randomUUID()
                    + "', '"
                    + UUID.randomUUID()
                    + "')")) {
      lines.next();
      plan = lines.getString(1);
    }

    assertThat(plan).containsPattern("/\\* PUBLIC\\.\\w+: ID IN\\(");
  }
}
