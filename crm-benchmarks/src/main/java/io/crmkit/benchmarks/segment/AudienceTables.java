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
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Writes the generated audience of {@link Audience} into the JPA adapter's tables, fast enough for
 * a million contacts. Contacts go through the adapter's bulk path ({@code
 * ContactRepository.insertAll} of {@link JpaCrmStorage}) into a scratch database, so their rows,
 * search keys and segment value rows are exactly the adapter's, and are moved from there in chunks.
 * Activities, a dozen per contact, are written straight into the target: the first activity of each
 * kind (same details, subject, body and owner) is inserted through the adapter's repository and its
 * row read back, and every later one copies that row with its own id, instants and contact, as the
 * adapter would have written it. Companies are not written: the benchmarked segment never reads
 * them, and a contact's primary company is a plain column. On PostgreSQL the tables' indexes and
 * constraints are dropped for the load and built again after it ({@link DeferredIndexes}), and the
 * tables are vacuumed, so that index-only scans find a visibility map, and analysed.
 */
final class AudienceTables {

  // the adapter checks each chunk's keys against the rows already there, so small chunks into an
  // emptied scratch database check against nothing
  private static final int CONTACT_CHUNK = 1_000;
  // chunks between two progress lines
  private static final int PROGRESS = 100;

  private static final List<String> ACTIVITY_COLUMNS =
      List.of(
          "tenant_id",
          "id",
          "version",
          "created_at",
          "updated_at",
          "owner_id",
          "occurred_at",
          "type",
          "subject",
          "body",
          "amount",
          "currency",
          "details");
  private static final List<String> LINK_COLUMNS =
      List.of("tenant_id", "activity_id", "target", "occurred_at");

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
   * database migrated by the adapter's H2 migrations. The scratch database stops checking foreign
   * keys: the target checks them, and the scratch tables are truncated after every chunk.
   */
  AudienceTables(DataSource target, BenchmarkDatabase scratch) {
    this.target = target;
    this.dataSource = scratch.dataSource();
    this.storage = JpaCrmStorage.create(scratch.factory());
    scratch.execute("set referential_integrity false");
  }

  /**
   * Generates {@code count} prospects from {@code seed}, writes them and their activities, and
   * hands each to {@code observer} too; then builds the indexes and refreshes the planner's
   * statistics and the visibility map where the database keeps them.
   *
   * @return how many activities were written
   */
  long load(long seed, int count, ProspectSink observer) throws SQLException {
    long started = System.nanoTime();
    DeferredIndexes deferred = DeferredIndexes.drop(target, TABLES);
    List<Contact> contacts = new ArrayList<>(CONTACT_CHUNK);
    List<Activity> activities = new ArrayList<>(CONTACT_CHUNK * 20);
    long[] written = {0, 0};
    new ProspectGenerator(seed)
        .each(
            count,
            (contact, company, timeline) -> {
              observer.accept(contact, company, timeline);
              contacts.add(contact);
              activities.addAll(timeline);
              if (contacts.size() == CONTACT_CHUNK) {
                written[0] += flush(contacts, activities);
                if (++written[1] % PROGRESS == 0) {
                  progress(started, "wrote " + written[1] * CONTACT_CHUNK + " contacts");
                }
              }
            });
    written[0] += flush(contacts, activities);
    progress(started, "wrote every contact");
    deferred.restore();
    progress(started, "built the indexes");
    vacuumAnalyze();
    progress(started, "vacuumed and analysed");
    return written[0];
  }

  /** Tells the operator how far a load of many minutes has come. */
  private static void progress(long started, String done) {
    System.out.printf(
        "%s after %,d s%n", done, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
  }

  private long flush(List<Contact> contacts, List<Activity> activities) {
    if (contacts.isEmpty()) {
      return 0;
    }
    storage.contacts().insertAll(List.copyOf(contacts));
    List<Activity> copies = new ArrayList<>(activities.size());
    for (Activity activity : activities) {
      Kind kind = Kind.of(activity);
      if (templates.containsKey(kind)) {
        copies.add(activity);
      } else {
        templates.put(kind, insertThroughAdapter(activity));
      }
    }
    try (Connection from = dataSource.getConnection();
        Connection to = target.getConnection()) {
      to.setAutoCommit(false);
      TableCopy copy = new TableCopy(from, to);
      copy.move(TABLES);
      copy.write("crm_activity", ACTIVITY_COLUMNS, rowsOf(copies, this::activityRow));
      copy.write("crm_activity_link", LINK_COLUMNS, rowsOf(copies, AudienceTables::linkRow));
      to.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "could not write " + contacts.size() + " contacts and their activities", e);
    }
    long written = activities.size();
    contacts.clear();
    activities.clear();
    return written;
  }

  private static TableCopy.Rows rowsOf(
      List<Activity> activities, BiConsumer<Activity, @Nullable Object[]> columns) {
    Iterator<Activity> each = activities.iterator();
    return row -> {
      if (!each.hasNext()) {
        return false;
      }
      columns.accept(each.next(), row);
      return true;
    };
  }

  /** Fills {@code row} with the {@link #ACTIVITY_COLUMNS} of a copy of its kind's template. */
  private void activityRow(Activity activity, @Nullable Object[] row) {
    Template template = templates.get(Kind.of(activity));
    row[0] = activity.tenant().value();
    row[1] = activity.id().value();
    row[2] = template.version();
    row[3] = utc(activity.revision().createdAt());
    row[4] = utc(activity.revision().updatedAt());
    row[5] = template.owner();
    row[6] = utc(activity.occurredAt());
    row[7] = template.type();
    row[8] = template.subject();
    row[9] = template.body();
    row[10] = template.amount();
    row[11] = template.currency();
    row[12] = template.detailsOf(activity);
  }

  /** Fills {@code row} with the {@link #LINK_COLUMNS} of the activity's one timeline link. */
  private static void linkRow(Activity activity, @Nullable Object[] row) {
    row[0] = activity.tenant().value();
    row[1] = activity.id().value();
    row[2] = timelineTarget(activity);
    row[3] = utc(activity.occurredAt());
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
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

  private Template insertThroughAdapter(Activity activity) {
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
    } catch (SQLException e) {
      throw new IllegalStateException("could not read back activity " + activity.id(), e);
    }
  }

  private void vacuumAnalyze() throws SQLException {
    try (Connection connection = target.getConnection()) {
      if (!connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        for (String table : TABLES) {
          statement.execute("vacuum analyze " + table);
        }
      }
    }
  }
}
