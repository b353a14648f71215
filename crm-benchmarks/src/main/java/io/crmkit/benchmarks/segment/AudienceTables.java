package io.crmkit.benchmarks.segment;

import io.crmkit.benchmarks.jpa.BenchmarkDatabase;
import io.crmkit.benchmarks.prospects.ProspectGenerator;
import io.crmkit.benchmarks.prospects.ProspectGenerator.ProspectSink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.jpa.JpaCrmStorage;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Writes the generated audience of {@link Audience} into the JPA adapter's tables, fast enough for
 * a million contacts. Contacts go through the adapter's bulk path ({@link
 * JpaCrmStorage#insertContacts}), so their rows, search keys and segment value rows are exactly the
 * adapter's. Activities, a dozen per contact, go in raw JDBC batches: the first activity of each
 * kind (same details, subject, body and owner) is inserted through the adapter's repository and its
 * row read back, and every later one copies that row with its own id and instants, as the adapter
 * would have written it. Companies are not written: the benchmarked segment never reads them, and a
 * contact's primary company is a plain column.
 */
final class AudienceTables {

  private static final int CONTACT_CHUNK = 5_000;
  private static final int ACTIVITY_BATCH = 5_000;

  private static final String INSERT_ACTIVITY =
      "insert into crm_activity (tenant_id, id, version, created_at, updated_at, owner_id,"
          + " occurred_at, type, subject, body, amount, currency, details)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
  private static final String INSERT_LINK =
      "insert into crm_activity_link (tenant_id, activity_id, target, occurred_at)"
          + " values (?, ?, ?, ?)";

  /**
   * The columns an activity shares with every other of its kind, as the adapter wrote them; its
   * details document also names the contact it concerns, which each copy replaces with its own.
   */
  private record Template(
      long version,
      String owner,
      String type,
      String subject,
      String body,
      @Nullable BigDecimal amount,
      @Nullable String currency,
      String details,
      String contact) {

    String detailsOf(Activity copy) {
      return details.replace(contact, contactOf(copy));
    }
  }

  /** What makes two generated activities share a template. */
  private record Kind(ActivityDetails details, String subject, String body, String owner) {
    static Kind of(Activity activity) {
      return new Kind(
          activity.entry().details(),
          activity.entry().subject(),
          activity.entry().body(),
          activity.owner().value());
    }
  }

  /** Parents before children, as rows must arrive at the target. */
  private static final List<String> TABLES =
      List.of(
          "crm_contact",
          "crm_contact_key",
          "crm_contact_value",
          "crm_activity",
          "crm_activity_link");

  private final DataSource target;
  private final DataSource dataSource;
  private final JpaCrmStorage storage;
  private final Map<Kind, Template> templates = new HashMap<>();

  /**
   * Prepares to write into {@code target}, migrated and empty, through {@code scratch}, an empty H2
   * database migrated by the adapter's H2 migrations.
   */
  AudienceTables(DataSource target, BenchmarkDatabase scratch) {
    this.target = target;
    this.dataSource = scratch.dataSource();
    this.storage = JpaCrmStorage.create(scratch.factory());
  }

  /**
   * Generates {@code count} prospects from {@code seed}, writes them and their activities, and
   * hands each to {@code observer} too; then refreshes the planner's statistics where the database
   * keeps them.
   *
   * @return how many activities were written
   */
  long load(long seed, int count, ProspectSink observer) throws SQLException {
    List<Contact> contacts = new ArrayList<>(CONTACT_CHUNK);
    List<Activity> activities = new ArrayList<>(CONTACT_CHUNK * 20);
    long[] written = {0};
    new ProspectGenerator(seed)
        .each(
            count,
            (contact, company, timeline) -> {
              observer.accept(contact, company, timeline);
              contacts.add(contact);
              activities.addAll(timeline);
              if (contacts.size() == CONTACT_CHUNK) {
                written[0] += flush(contacts, activities);
              }
            });
    written[0] += flush(contacts, activities);
    analyze();
    return written[0];
  }

  private long flush(List<Contact> contacts, List<Activity> activities) {
    if (contacts.isEmpty()) {
      return 0;
    }
    storage.insertContacts(List.copyOf(contacts));
    long written;
    try {
      written = insertActivities(activities);
    } catch (SQLException e) {
      throw new IllegalStateException("could not write " + activities.size() + " activities", e);
    }
    try (Connection from = dataSource.getConnection();
        Connection to = target.getConnection()) {
      to.setAutoCommit(false);
      new TableCopy(from, to).move(TABLES);
      to.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("could not move " + contacts.size() + " contacts", e);
    }
    contacts.clear();
    activities.clear();
    return written;
  }

  private long insertActivities(List<Activity> activities) throws SQLException {
    List<Activity> copies = new ArrayList<>(activities.size());
    for (Activity activity : activities) {
      Kind kind = Kind.of(activity);
      if (templates.containsKey(kind)) {
        copies.add(activity);
      } else {
        templates.put(kind, insertThroughAdapter(activity));
      }
    }
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement row = connection.prepareStatement(INSERT_ACTIVITY);
          PreparedStatement link = connection.prepareStatement(INSERT_LINK)) {
        int pending = 0;
        for (Activity activity : copies) {
          bind(row, link, activity, templates.get(Kind.of(activity)));
          if (++pending == ACTIVITY_BATCH) {
            row.executeBatch();
            link.executeBatch();
            pending = 0;
          }
        }
        if (pending > 0) {
          row.executeBatch();
          link.executeBatch();
        }
      }
      connection.commit();
    }
    return activities.size();
  }

  private static void bind(
      PreparedStatement row, PreparedStatement link, Activity activity, Template template)
      throws SQLException {
    String tenant = activity.tenant().value();
    Timestamp created = Timestamp.from(activity.revision().createdAt());
    Timestamp occurred = Timestamp.from(activity.occurredAt());
    row.setString(1, tenant);
    row.setObject(2, activity.id().value());
    row.setLong(3, template.version());
    row.setTimestamp(4, created);
    row.setTimestamp(5, Timestamp.from(activity.revision().updatedAt()));
    row.setString(6, template.owner());
    row.setTimestamp(7, occurred);
    row.setString(8, template.type());
    row.setString(9, template.subject());
    row.setString(10, template.body());
    if (template.amount() == null) {
      row.setNull(11, Types.NUMERIC);
      row.setNull(12, Types.VARCHAR);
    } else {
      row.setBigDecimal(11, template.amount());
      row.setString(12, template.currency());
    }
    row.setString(13, template.detailsOf(activity));
    row.addBatch();
    link.setString(1, tenant);
    link.setObject(2, activity.id().value());
    link.setString(3, timelineTarget(activity));
    link.setTimestamp(4, occurred);
    link.addBatch();
  }

  /** The one timeline a generated activity is on: its contact's, keyed as the adapter keys it. */
  private static String timelineTarget(Activity activity) {
    return "contact:" + contactOf(activity);
  }

  private static String contactOf(Activity activity) {
    if (activity.entry().contacts().size() != 1
        || !activity.entry().companies().isEmpty()
        || !activity.entry().related().isEmpty()) {
      throw new IllegalStateException("expected an activity about one contact: " + activity.id());
    }
    return activity.entry().contacts().iterator().next().toString();
  }

  private Template insertThroughAdapter(Activity activity) throws SQLException {
    storage
        .unitOfWork()
        .execute(
            () -> {
              storage.activities().insert(activity);
              return activity;
            });
    try (Connection connection = dataSource.getConnection();
        PreparedStatement read =
            connection.prepareStatement(
                "select version, owner_id, type, subject, body, amount, currency, details"
                    + " from crm_activity where tenant_id = ? and id = ?")) {
      read.setString(1, activity.tenant().value());
      read.setObject(2, activity.id().value());
      try (ResultSet rs = read.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("the adapter did not write activity " + activity.id());
        }
        return new Template(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getBigDecimal(6),
            rs.getString(7),
            rs.getString(8),
            contactOf(activity));
      }
    }
  }

  private void analyze() throws SQLException {
    try (Connection connection = target.getConnection()) {
      if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        for (String table : TABLES) {
          statement.execute("analyze " + table);
        }
      }
    }
  }
}
