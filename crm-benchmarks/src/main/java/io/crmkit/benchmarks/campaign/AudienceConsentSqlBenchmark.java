package io.crmkit.benchmarks.campaign;

import io.crmkit.benchmarks.jpa.BenchmarkDatabase;
import io.crmkit.core.Crm;
import io.crmkit.core.contact.ContactId;
import io.crmkit.jpa.JpaCrmStorage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
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
 * A campaign's audience of {@link #contacts} contacts resolved on PostgreSQL with its consent and
 * suppression checks ({@link Newsletter}): {@code crmkit} resolves the static list as a starting
 * campaign does and keeps those {@code crm.consent().allowed(..)} allows, on the JPA adapter;
 * {@code handWritten}, the limit, asks the same of the same tables in one SQL query read over JDBC.
 * The setup loads the database ({@link NewsletterTables}) and checks that both keep exactly the
 * expected contacts.
 *
 * <p>Run with {@code -Dcrmkit.bench.postgres.url=jdbc:postgresql://HOST:PORT/DATABASE?user=USER}
 * naming a database of its own, which the benchmark empties.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class AudienceConsentSqlBenchmark {

  /** The list's members who granted the purpose by email and whose address and domain are free. */
  static final String HAND_WRITTEN =
      "select m.contact_id from crm_segment_member m"
          + " join crm_contact c on c.tenant_id = m.tenant_id and c.id = m.contact_id"
          + " join crm_consent_state s on s.tenant_id = m.tenant_id and s.contact_id = m.contact_id"
          + " and s.channel = 'EMAIL' and s.purpose = ?"
          + " join crm_consent_entry e on e.tenant_id = s.tenant_id and e.id = s.entry_id"
          + " where m.tenant_id = ? and m.kind = 'LIST' and m.set_name = ?"
          + " and e.status = 'GRANTED' and c.primary_email is not null"
          + " and not exists (select 1 from crm_suppression x where x.tenant_id = c.tenant_id"
          + " and x.kind = 'EMAIL' and x.address = c.primary_email)"
          + " and not exists (select 1 from crm_suppression x where x.tenant_id = c.tenant_id"
          + " and x.kind = 'DOMAIN' and x.address = split_part(c.primary_email, '@', 2))";

  @Param("1000000")
  public int contacts;

  private BenchmarkDatabase database;
  private Crm crm;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    database = BenchmarkDatabase.open(1_000);
    crm = Newsletter.crm(JpaCrmStorage.create(database.factory()));
    new NewsletterTables(database, crm).load(contacts);
    long expected = Newsletter.allowedAmong(contacts);
    Set<ContactId> ours = crmkit();
    Set<UUID> theirs = handWritten();
    if (ours.size() != expected || theirs.size() != expected) {
      throw new IllegalStateException(
          "expected "
              + expected
              + " allowed, crmkit kept "
              + ours.size()
              + ", SQL "
              + theirs.size());
    }
    for (ContactId id : ours) {
      if (!theirs.contains(id.value())) {
        throw new IllegalStateException("crmkit and the SQL query disagree on " + id);
      }
    }
    explain();
  }

  /** Prints PostgreSQL's plan for the hand-written query. */
  private void explain() throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement explain =
            connection.prepareStatement("explain (analyze) " + HAND_WRITTEN)) {
      bind(explain);
      try (ResultSet rs = explain.executeQuery()) {
        while (rs.next()) {
          System.out.println(rs.getString(1));
        }
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    database.close();
  }

  /** crmkit: the list resolved as a starting campaign resolves it, then the bulk consent check. */
  @Benchmark
  public Set<ContactId> crmkit() {
    return Newsletter.resolve(crm);
  }

  /** The limit: one SQL query with the same conditions, its ids read into a set. */
  @Benchmark
  public Set<UUID> handWritten() throws SQLException {
    Set<UUID> allowed = new HashSet<>();
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement query = connection.prepareStatement(HAND_WRITTEN)) {
      bind(query);
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          allowed.add(rs.getObject(1, UUID.class));
        }
      }
    }
    return allowed;
  }

  private static void bind(PreparedStatement query) throws SQLException {
    query.setString(1, Newsletter.PURPOSE.value());
    query.setString(2, Newsletter.TENANT.value());
    query.setString(3, Newsletter.LIST);
  }
}
