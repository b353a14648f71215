package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.DataValue;
import io.crmkit.core.TenantId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.contract.PersonalDataErasureContract;
import io.crmkit.core.privacy.ErasedRecord.Treatment;
import io.crmkit.core.privacy.Erasure;
import io.crmkit.core.privacy.PersonalDataReport;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.jpa.outbox.OutboxMessage;
import io.crmkit.scoring.CrmAnalytics;
import io.crmkit.scoring.audience.SegmentDefinition;
import io.crmkit.scoring.internal.ScoringPorts;
import io.crmkit.scoring.rules.RuleCondition.JobTitleContains;
import io.crmkit.scoring.rules.ScoringModel;
import io.crmkit.scoring.rules.ScoringRule;
import io.crmkit.scoring.segment.StaticList;
import io.crmkit.scoring.spi.ScoreRepository;
import io.crmkit.scoring.spi.SegmentRepository;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract kit's erasure suite on every configured database, with crm-scoring's scores,
 * segments and lists and the outbox: after erasure, no text or binary column of any table the
 * database lists holds a value of the person, and the scoring tables hold neither the person's
 * score nor their memberships.
 */
class JpaPersonalDataErasureTests {

  private static final ScoringModel MODEL =
      ScoringModel.builder("orchards")
          .rule(ScoringRule.of("orchard titles", new JobTitleContains("Orchardist"), 30))
          .build();

  private static final Pattern UUID =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** The column types that can hold text: character, large object, binary and JSON columns. */
  private static final Set<Integer> TEXT_TYPES =
      Set.of(
          Types.CHAR,
          Types.VARCHAR,
          Types.LONGVARCHAR,
          Types.NCHAR,
          Types.NVARCHAR,
          Types.LONGNVARCHAR,
          Types.CLOB,
          Types.NCLOB,
          Types.BLOB,
          Types.BINARY,
          Types.VARBINARY,
          Types.LONGVARBINARY,
          Types.OTHER,
          Types.JAVA_OBJECT,
          Types.SQLXML);

  abstract static class OnDatabase extends PersonalDataErasureContract {

    abstract TestDatabase database();

    @Override
    protected CrmStorage newStorage() {
      return database().freshStorage();
    }

    /**
     * Scores the person, finds them by a segment and puts them on a list; returns their contact id,
     * which the scoring tables hold.
     */
    @Override
    protected Set<String> writeMore(Crm crm, Contact person) {
      CrmAnalytics analytics = CrmAnalytics.on(crm);
      analytics.scoring(MODEL).rescore(person.id());
      analytics.segments().define("orchard people", "score >= 20");
      analytics.segments().reevaluate("orchard people");
      analytics.lists().create("fair visitors");
      analytics.lists().addMembers("fair visitors", List.of(person.id()));
      return Set.of(person.id().toString());
    }

    /**
     * Searches every table of the database and the scoring ports. Ids stay out of the database's
     * text search: the outbox keeps the erased contact's id as the aggregate of its events.
     */
    @Override
    protected List<String> occurrences(CrmStorage storage, Set<String> values) {
      List<String> found = new ArrayList<>();
      Set<String> texts = new java.util.HashSet<>(values);
      texts.removeIf(value -> UUID.matcher(value).matches());
      found.addAll(tableOccurrences(database(), texts));
      found.addAll(scoringOccurrences(storage));
      return found;
    }

    /**
     * Returns where the scoring tables still hold the person: their ids are kept out of the text
     * search, so the score and the memberships are asked for through the ports.
     */
    private List<String> scoringOccurrences(CrmStorage storage) {
      List<String> found = new ArrayList<>();
      TenantId tenant = crm.tenant();
      ScoreRepository scores = storage.port(ScoringPorts.SCORES);
      SegmentRepository segments = storage.port(ScoringPorts.SEGMENTS);
      if (scores.find(tenant, person.id()).isPresent()) {
        found.add("crm_score holds the person's score");
      }
      for (SegmentDefinition segment : segments.findDefinitions(tenant)) {
        if (segments.findMembers(tenant, segment.name()).contains(person.id())) {
          found.add("segment " + segment.name() + " holds the person");
        }
      }
      for (StaticList<ContactId> list : segments.findLists(tenant)) {
        if (list.members().contains(person.id())) {
          found.add("list " + list.name() + " holds the person");
        }
      }
      return found;
    }

    @Test
    void redactsTheOutboxEventsThatConcernThePerson() {
      writeMore(crm, person);

      Erasure receipt = crm.privacy().erase(person.id());

      List<OutboxMessage> pending = new ArrayList<>();
      JpaCrmStorage.outboxRelay(database().factory()).relay(10_000, pending::addAll);
      assertThat(receipt.records("event", Treatment.ANONYMISED)).isNotEmpty();
      List<OutboxMessage> erased =
          pending.stream().filter(m -> m.eventType().equals("PersonalDataErased")).toList();
      assertThat(erased).hasSize(1);
      assertThat(erased.get(0).aggregateId()).isEqualTo(person.id().toString());
      String all = pending.toString().toLowerCase(Locale.ROOT);
      for (String value : PERSONAL) {
        assertThat(all).doesNotContain(value.toLowerCase(Locale.ROOT));
      }
      assertThat(pending.stream().filter(m -> m.eventType().equals("LeadCaptured")))
          .singleElement()
          .satisfies(m -> assertThat(m.payload()).contains("erased"));
    }

    @Test
    void describesThePendingEventsAndTheScore() {
      writeMore(crm, person);

      PersonalDataReport report = crm.privacy().access(person.id());

      assertThat(((DataValue.Items) report.section("pendingEvents").orElseThrow()).items())
          .isNotEmpty();
      assertThat(report.toJson()).contains("Hazelquest", "\"rule\": \"orchard titles\"");
    }
  }

  /**
   * Returns where a text, binary or JSON column of a table of {@code database} holds one of {@code
   * values}, in lower case.
   */
  static List<String> tableOccurrences(TestDatabase database, Set<String> values) {
    List<String> lowered = values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
    List<String> found = new ArrayList<>();
    try (Connection connection = database.dataSource().getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      // table names as the database lists them, which may differ in case from how they were made
      String quote = meta.getIdentifierQuoteString().strip();
      List<String> tables = new ArrayList<>();
      try (ResultSet rows =
          meta.getTables(
              connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (rows.next()) {
          tables.add(rows.getString("TABLE_NAME"));
        }
      }
      assertThat(tables).as("tables of " + database).isNotEmpty();
      for (String table : tables) {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows =
            meta.getColumns(connection.getCatalog(), connection.getSchema(), table, "%")) {
          while (rows.next()) {
            if (TEXT_TYPES.contains(rows.getInt("DATA_TYPE"))) {
              columns.add(rows.getString("COLUMN_NAME"));
            }
          }
        }
        if (columns.isEmpty()) {
          continue;
        }
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("select * from " + quote + table + quote)) {
          while (rows.next()) {
            for (String column : columns) {
              String text = text(rows, column);
              if (text == null) {
                continue;
              }
              String lower = text.toLowerCase(Locale.ROOT);
              for (String value : lowered) {
                if (lower.contains(value)) {
                  found.add(table + "." + column + " holds " + value);
                }
              }
            }
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot search the tables of " + database, e);
    }
    return found;
  }

  private static String text(ResultSet rows, String column) throws SQLException {
    Object value = rows.getObject(column);
    if (value == null) {
      return null;
    }
    if (value instanceof byte[] bytes) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
    if (value instanceof java.sql.Blob blob) {
      return new String(blob.getBytes(1, (int) blob.length()), StandardCharsets.UTF_8);
    }
    if (value instanceof java.sql.Clob clob) {
      return clob.getSubString(1, (int) clob.length());
    }
    return rows.getString(column);
  }

  @Nested
  class OnH2 extends OnDatabase {
    @Override
    TestDatabase database() {
      return TestDatabase.H2;
    }
  }

  @Nested
  class OnPostgreSql extends OnDatabase {
    @Override
    TestDatabase database() {
      return TestDatabase.POSTGRESQL;
    }
  }

  @Nested
  class OnMariaDb extends OnDatabase {
    @Override
    TestDatabase database() {
      return TestDatabase.MARIADB;
    }
  }
}
