package io.crmkit.benchmarks.jpa;

import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.core.contact.Contact;
import io.crmkit.core.contact.ContactDetails;
import io.crmkit.core.contact.ContactId;
import io.crmkit.core.internal.TimeOrderedIdGenerator;
import io.crmkit.core.party.LifecycleStage;
import io.crmkit.jpa.JpaCrmStorage;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
 * Inserting 100,000 new contacts on PostgreSQL: through the adapter's bulk path ({@code
 * ContactRepository.insertAll} of {@code JpaCrmStorage}, Hibernate batching) and, as the baseline,
 * the very rows the adapter wrote (contacts and their keys, external ids included, read back once)
 * with a raw JDBC batch insert on the same connection pool. Each invocation starts from empty
 * tables and inserts every contact in one transaction; the score is the time of one whole insert.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class ContactInsertBenchmark {

  private static final TenantId TENANT = TenantId.of("bench");
  private static final UserId OWNER = UserId.of("owner");
  private static final int BATCH = 500;
  private static final String[] TABLES = {"crm_contact", "crm_contact_key"};

  @Param("100000")
  public int contacts;

  private BenchmarkDatabase database;
  private JpaCrmStorage storage;
  private List<Contact> rows;
  private List<Rows> written;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    database = BenchmarkDatabase.open(BATCH);
    storage = JpaCrmStorage.create(database.factory);
    Instant at = Instant.parse("2026-11-22T09:00:00Z");
    TimeOrderedIdGenerator ids = TimeOrderedIdGenerator.on(Clock.fixed(at, ZoneOffset.UTC));
    rows = new ArrayList<>(contacts);
    for (int i = 0; i < contacts; i++) {
      ContactDetails details =
          ContactDetails.builder()
              .name("Given" + i, "Family" + (i % 5_000))
              .email("person" + i + "@example.com")
              .jobTitle("Buyer")
              .externalId("erp", "C" + i)
              .build();
      rows.add(
          Contact.create(
                  ContactId.of(ids.next()), TENANT, details, OWNER, LifecycleStage.LEAD, at, OWNER)
              .state());
    }
    storage.contacts().insertAll(rows);
    written = new ArrayList<>();
    for (String table : TABLES) {
      written.add(Rows.of(database.dataSource, table));
    }
  }

  @Setup(Level.Invocation)
  public void emptyTables() {
    database.execute("truncate crm_contact_value, crm_contact_key, crm_contact");
  }

  @TearDown(Level.Invocation)
  public void checkEveryContactWasWritten() throws SQLException {
    try (Connection connection = database.dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet count = statement.executeQuery("select count(*) from crm_contact")) {
      count.next();
      if (count.getLong(1) != contacts) {
        throw new IllegalStateException(
            "wrote " + count.getLong(1) + " contacts instead of " + contacts);
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    database.close();
  }

  @Benchmark
  public void adapter() {
    storage.contacts().insertAll(rows);
  }

  @Benchmark
  public void rawJdbc() throws SQLException {
    try (Connection connection = database.dataSource.getConnection()) {
      connection.setAutoCommit(false);
      for (Rows table : written) {
        table.insert(connection, BATCH);
      }
      connection.commit();
    }
  }
}
