package io.crmkit.jpa;

import static io.crmkit.core.fixtures.ContactFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.ticket.Ticket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SLA due work finds the tickets whose warning or breach has come with the adapter's breach
 * query: on PostgreSQL it must read the range of the (tenant, SLA check instant, id) index in its
 * order, never scan the table or sort the tenant's tickets, so that it costs the same among a
 * million tickets as among a thousand.
 */
class SlaBreachPlanTests {

  private static final int TICKETS = 20_000;
  private static final int BATCH = 100;

  @Test
  void findsTheDueTicketsThroughTheSlaCheckIndexInItsOrder() throws SQLException {
    TestDatabase database = TestDatabase.POSTGRESQL;
    database.assumeConfigured();
    JpaCrmStorage storage = database.freshStorage();
    Instant start = Instant.parse("2026-03-02T08:00:00Z");
    // one check a minute from the start, for this tenant and for another one, half of them due
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      for (String tenant : List.of(TENANT.value(), "other")) {
        statement.execute(
            "insert into crm_ticket (tenant_id, id, version, created_at, updated_at, owner_id,"
                + " status, unsolved, priority, channel, requester_id, creator_id, queue_due_at,"
                + " sla_check_at, subject, type, details, history, conversation, custom_fields)"
                + " select '"
                + tenant
                + "', gen_random_uuid(), 1, timestamptz '"
                + start
                + "', timestamptz '"
                + start
                + "', 'agent', 'NEW', true, 'NORMAL', 'EMAIL', gen_random_uuid(), 'agent',"
                + " timestamptz '"
                + start
                + "' + i * interval '1 minute', timestamptz '"
                + start
                + "' + i * interval '1 minute', 'Ticket ' || i, 'question',"
                + " '{\"description\": \"\", \"tags\": [], \"links\": []}', '[]', '[]', '{}'"
                + " from generate_series(1, "
                + TICKETS
                + ") i");
      }
      statement.execute("analyze crm_ticket");
    }
    Instant now = start.plusSeconds(60L * TICKETS / 2);

    StatementCounter.reset();
    List<Ticket> due = storage.tickets().dueBy(TENANT, now, BATCH);
    String query =
        StatementCounter.statements().stream()
            .filter(sql -> sql.contains("sla_check_at"))
            .reduce((first, last) -> last)
            .orElseThrow();
    List<String> plan =
        explain(
            database,
            query
                .replaceFirst("\\?", "'" + TENANT.value() + "'")
                .replaceFirst("\\?", "timestamptz '" + now + "'")
                .replaceFirst("\\?", String.valueOf(BATCH)));

    assertThat(due).hasSize(BATCH);
    assertThat(due.get(0).details().subject()).isEqualTo("Ticket 1");
    assertThat(String.join("\n", plan))
        .as("plan of %s", query)
        .contains("Index Scan using crm_ticket_sla_check_ix")
        .doesNotContain("Seq Scan")
        .doesNotContain("Sort");
  }

  private static List<String> explain(TestDatabase database, String sql) throws SQLException {
    List<String> lines = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("explain " + sql)) {
      while (rows.next()) {
        lines.add(rows.getString(1));
      }
    }
    return lines;
  }
}
