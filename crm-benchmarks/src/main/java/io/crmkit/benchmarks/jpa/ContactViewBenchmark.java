package io.crmkit.benchmarks.jpa;

import io.crmkit.core.Crm;
import io.crmkit.core.PageCursor;
import io.crmkit.core.PageRequest;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.company.Company;
import io.crmkit.core.company.CompanyDetails;
import io.crmkit.core.contact.CompanyLink;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.ActivityEntry;
import io.crmkit.core.timeline.ContactView;
import io.crmkit.jpa.JpaCrmStorage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 360-degree view of one contact (the contact, its companies and the newest 20 activities of
 * its timeline, then the next 20) through the adapter on PostgreSQL, with a million activities in
 * the table. The activities are copies of one note logged through the CRM, written with raw JDBC
 * batches for speed, spread evenly over the contacts.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ContactViewBenchmark {

  private static final TenantId TENANT = TenantId.of("bench");
  private static final UserId OWNER = UserId.of("owner");
  private static final int PAGE = 20;
  private static final int SEED_BATCH = 5_000;

  @Param("1000000")
  public int activities;

  @Param("10000")
  public int contacts;

  private BenchmarkDatabase database;
  private Crm crm;
  private ContactId measured;
  private PageCursor secondPage;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    database = BenchmarkDatabase.open(100);
    JpaCrmStorage storage = JpaCrmStorage.create(database.factory);
    crm =
        Crm.builder()
            .storage(storage)
            .tenant(TENANT)
            .actor(OWNER)
            .clock(Clock.tickMillis(ZoneOffset.UTC))
            .build();
    Company acme = crm.companies().create(CompanyDetails.builder().name("Acme").build());
    Company globex = crm.companies().create(CompanyDetails.builder().name("Globex").build());
    Instant at = Instant.parse("2026-11-22T09:00:00Z");
    TimeOrderedIdGenerator ids = TimeOrderedIdGenerator.on(Clock.fixed(at, ZoneOffset.UTC));
    List<Contact> people = new ArrayList<>(contacts);
    for (int i = 0; i < contacts; i++) {
      ContactDetails details =
          ContactDetails.builder()
              .name("Given" + i, "Family" + i)
              .email("person" + i + "@example.com")
              .company(CompanyLink.primary(acme.id(), "buyer"))
              .company(CompanyLink.secondary(globex.id(), "advisor"))
              .build();
      people.add(
          Contact.create(
                  ContactId.of(ids.next()), TENANT, details, OWNER, LifecycleStage.LEAD, at, OWNER)
              .state());
    }
    storage.contacts().insertAll(people);
    Activity template =
        crm.timeline()
            .log(
                ActivityEntry.of(new ActivityDetails.Note())
                    .about(people.get(0).id())
                    .subject("Call notes")
                    .body("Discussed the renewal and next quarter's volumes."));
    seed(template, people);
    measured = people.get(contacts / 2).id();
    ContactView first = crm.timeline().view(measured, PageRequest.first(PAGE));
    secondPage = first.activities().nextCursor().orElseThrow();
  }

  /** Copies the template's activity row and its timeline links until the table holds enough. */
  private void seed(Activity template, List<Contact> people) throws SQLException {
    String contactTarget = people.get(0).id().toString();
    TimeOrderedIdGenerator ids = TimeOrderedIdGenerator.on(Clock.systemUTC());
    try (Connection connection = database.dataSource.getConnection()) {
      connection.setAutoCommit(false);
      Object[] row;
      List<String> targets = new ArrayList<>();
      try (PreparedStatement read =
          connection.prepareStatement(
              "select owner_id, type, subject, body, details from crm_activity where id = ?")) {
        read.setObject(1, template.id().value());
        try (ResultSet rs = read.executeQuery()) {
          rs.next();
          row =
              new Object[] {
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)
              };
        }
      }
      try (PreparedStatement read =
          connection.prepareStatement(
              "select target from crm_activity_link where activity_id = ?")) {
        read.setObject(1, template.id().value());
        try (ResultSet rs = read.executeQuery()) {
          while (rs.next()) {
            targets.add(rs.getString(1));
          }
        }
      }
      Instant start = Instant.parse("2020-01-01T00:00:00Z");
      try (PreparedStatement activity =
              connection.prepareStatement(
                  "insert into crm_activity (tenant_id, id, version, created_at, updated_at,"
                      + " owner_id, occurred_at, type, subject, body, details)"
                      + " values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement link =
              connection.prepareStatement(
                  "insert into crm_activity_link (tenant_id, activity_id, target, occurred_at)"
                      + " values (?, ?, ?, ?)")) {
        for (int i = 1; i < activities; i++) {
          UUID id = ids.next();
          String contact = people.get(i % people.size()).id().toString();
          Timestamp occurred = Timestamp.from(start.plusSeconds(i * 60L));
          activity.setString(1, TENANT.value());
          activity.setObject(2, id);
          activity.setTimestamp(3, occurred);
          activity.setTimestamp(4, occurred);
          activity.setString(5, (String) row[0]);
          activity.setTimestamp(6, occurred);
          activity.setString(7, (String) row[1]);
          activity.setString(8, (String) row[2]);
          activity.setString(9, (String) row[3]);
          activity.setString(10, (String) row[4]);
          activity.addBatch();
          for (String target : targets) {
            link.setString(1, TENANT.value());
            link.setObject(2, id);
            link.setString(3, target.replace(contactTarget, contact));
            link.setTimestamp(4, occurred);
            link.addBatch();
          }
          if (i % SEED_BATCH == 0) {
            activity.executeBatch();
            link.executeBatch();
            connection.commit();
          }
        }
        activity.executeBatch();
        link.executeBatch();
        connection.commit();
      }
    }
    // vacuumed as well as analysed: the visibility map lets the timeline index answer alone
    database.execute(
        "vacuum analyze crm_activity",
        "vacuum analyze crm_activity_link",
        "vacuum analyze crm_contact",
        "vacuum analyze crm_company");
    try (Connection connection = database.dataSource.getConnection();
        ResultSet count =
            connection.createStatement().executeQuery("select count(*) from crm_activity")) {
      count.next();
      if (count.getLong(1) != activities) {
        throw new IllegalStateException(
            "seeded " + count.getLong(1) + " activities instead of " + activities);
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    database.close();
  }

  @Benchmark
  public ContactView firstPage() {
    return checked(crm.timeline().view(measured, PageRequest.first(PAGE)));
  }

  @Benchmark
  public ContactView nextPage() {
    return checked(crm.timeline().view(measured, PageRequest.after(secondPage, PAGE)));
  }

  private static ContactView checked(ContactView view) {
    if (view.activities().items().size() != PAGE || view.companies().size() != 2) {
      throw new IllegalStateException("incomplete view: " + view.activities().items().size());
    }
    return view;
  }
}
