package io.crmkit.benchmarks.segment;

import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.core.contact.ContactId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The limit of the SQL segment benchmark: the facts {@link SixConditions} asks about, one row per
 * contact in a table of plain columns (country, lifecycle stage, budget, newsletter tag, activity
 * count, last page visit) with no index beyond the primary key, and the hand-written query over it.
 * The table is built from the adapter's loaded tables by one statement, so it holds the same facts.
 */
final class FlatFacts {

  private static final String CREATE =
      "create table segment_facts (id uuid primary key, country varchar(200),"
          + " lifecycle_stage varchar(32) not null, budget numeric, newsletter boolean not null,"
          + " activity_count bigint not null, last_page_visit timestamp(6) with time zone)";
  private static final String FILL =
      "insert into segment_facts"
          + " select c.id,"
          + " (select v.text_key from crm_contact_value v where v.tenant_id = c.tenant_id"
          + " and v.contact_id = c.id and v.field = 'country'),"
          + " c.lifecycle_stage,"
          + " (select v.number_value from crm_contact_value v where v.tenant_id = c.tenant_id"
          + " and v.contact_id = c.id and v.field = 'custom.budget'),"
          + " exists (select 1 from crm_contact_key k where k.tenant_id = c.tenant_id"
          + " and k.contact_id = c.id and k.field = 'tag' and k.key_value = 'newsletter'),"
          + " (select count(*) from crm_activity_link l where l.tenant_id = c.tenant_id"
          + " and l.target = concat('contact:', cast(c.id as varchar(36)))),"
          + " (select max(l.occurred_at) from crm_activity_link l join crm_activity a"
          + " on a.tenant_id = l.tenant_id and a.id = l.activity_id"
          + " where l.tenant_id = c.tenant_id"
          + " and l.target = concat('contact:', cast(c.id as varchar(36)))"
          + " and a.type = 'page_visit')"
          + " from crm_contact c where c.tenant_id = ? and not c.archived";
  private static final String SEGMENT =
      "select id from segment_facts"
          + " where country in ('AT', 'CH', 'DE', 'FR', 'GB', 'NL')"
          + " and lifecycle_stage in ('LEAD', 'MARKETING_QUALIFIED', 'SALES_QUALIFIED')"
          + " and budget >= 5000 and newsletter and activity_count >= 8"
          + " and last_page_visit between ? and ?"
          + " order by id";

  private final DataSource database;
  private final Timestamp from;
  private final Timestamp now;

  private FlatFacts(DataSource database, Instant now) {
    this.database = database;
    this.from = Timestamp.from(now.minus(Duration.ofDays(30)));
    this.now = Timestamp.from(now);
  }

  /** Builds the table anew from the adapter's tables in {@code database}, for segments at now. */
  static FlatFacts build(DataSource database, Instant now) throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("drop table if exists segment_facts");
      statement.execute(CREATE);
      try (PreparedStatement fill = connection.prepareStatement(FILL)) {
        fill.setString(1, ProspectGenerator.TENANT.value());
        fill.executeUpdate();
      }
      if (connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        statement.execute("vacuum analyze segment_facts");
      }
    }
    return new FlatFacts(database, now);
  }

  /** Returns the first {@code limit} members in id order, or every member with no limit. */
  List<ContactId> members(int limit) {
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                limit == Integer.MAX_VALUE ? SEGMENT : SEGMENT + " limit ?")) {
      select.setTimestamp(1, from);
      select.setTimestamp(2, now);
      if (limit != Integer.MAX_VALUE) {
        select.setInt(3, limit);
      }
      List<ContactId> members = new ArrayList<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          members.add(ContactId.of(rows.getObject(1, UUID.class)));
        }
      }
      return members;
    } catch (SQLException e) {
      throw new IllegalStateException("could not read the flat table", e);
    }
  }
}
