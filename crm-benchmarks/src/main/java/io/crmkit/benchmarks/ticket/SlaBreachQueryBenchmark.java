package io.crmkit.benchmarks.ticket;

import io.crmkit.benchmarks.jpa.BenchmarkDatabase;
import io.crmkit.benchmarks.segment.RecordedQuery;
import io.crmkit.core.Changed;
import io.crmkit.core.spi.TicketRepository;
import io.crmkit.core.ticket.Ticket;
import io.crmkit.core.ticket.TicketId;
import io.crmkit.core.ticket.internal.SlaClocks;
import io.crmkit.jpa.JpaCrmStorage;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
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
 * Finding the tickets whose SLA warning or breach is due among a million open tickets on
 * PostgreSQL, as the SLA due work does each run: crmkit's {@link TicketRepository#dueBy} (JPQL
 * through Hibernate, rows mapped back to tickets) against a hand-written SQL query over the same
 * index that reads the same rows and columns through JDBC and maps nothing.
 *
 * <p>The setup writes {@value #DISTINCT} tickets through the adapter, opened over a year under the
 * one policy of {@link SupportLoad}, then copies each of them in SQL under new ids up to the
 * million, and analyses the table. At the instant asked for, about 2 % of them are due; each side
 * reads the first batch of {@value #BATCH}, the due work's batch. The setup checks that both read
 * the same ids in the same order and prints both plans ({@code EXPLAIN (ANALYZE, BUFFERS)}).
 *
 * <p>Run with {@code -Dcrmkit.bench.postgres.url=jdbc:postgresql://HOST:PORT/DATABASE?user=USER}
 * naming a database of its own, which the benchmark empties.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SlaBreachQueryBenchmark {

  private static final int DISTINCT = 1_000;
  private static final int BATCH = 500;

  /** The hand-written query: the index's range, its order, the due work's batch. */
  static final String DUE_SQL =
      "select * from crm_ticket where tenant_id = ? and sla_check_at <= ?"
          + " order by sla_check_at, id limit ?";

  @Param("1000000")
  public int tickets;

  private BenchmarkDatabase database;
  private EntityManagerFactory recordingUnit;
  private TicketRepository repository;
  private Instant now;
  private List<TicketId> expected;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    database = BenchmarkDatabase.open(DISTINCT);
    long started = System.nanoTime();
    load();
    System.out.printf(
        "loaded %,d tickets in %,d s%n",
        tickets, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    now = SupportLoad.YEAR_START.plus(Duration.ofDays(7));
    repository = JpaCrmStorage.create(database.factory()).tickets();
    expected = handWritten();
    List<TicketId> crmkit = crmkit().stream().map(Ticket::id).toList();
    if (expected.size() != BATCH || !crmkit.equals(expected)) {
      throw new IllegalStateException(
          "crmkit and the hand-written query disagree: "
              + crmkit.size()
              + " and "
              + expected.size()
              + " tickets");
    }
    printPlans();
  }

  /** Writes the distinct tickets through the adapter, then copies them in SQL to the million. */
  private void load() {
    SlaClocks clocks = new SlaClocks(SupportLoad.calendar());
    Ticket[] opened = SupportLoad.tickets(DISTINCT);
    Instant[] at = SupportLoad.openingTimes(DISTINCT, 3);
    JpaCrmStorage storage = JpaCrmStorage.create(database.factory());
    storage
        .unitOfWork()
        .execute(
            () -> {
              for (int i = 0; i < DISTINCT; i++) {
                Changed<Ticket> tracked =
                    clocks.track(
                        null,
                        new Changed<>(opened[i], List.of()),
                        at[i],
                        List.of(SupportLoad.policy()));
                storage.tickets().insert(tracked.state());
              }
              return DISTINCT;
            });
    int copies = tickets / DISTINCT - 1;
    database.execute(
        "insert into crm_ticket select tenant_id, gen_random_uuid(), version, created_at,"
            + " updated_at, owner_id, status, unsolved, priority, channel, requester_id,"
            + " company_id, creator_id, assignee_id, team_id, queue_due_at, sla_check_at, subject,"
            + " type, details, history, conversation, sla, custom_fields, survey,"
            + " survey_answered_at"
            + " from crm_ticket cross join generate_series(1, "
            + copies
            + ")",
        "vacuum analyze crm_ticket");
  }

  private void printPlans() throws SQLException {
    RecordedQuery recorded = new RecordedQuery();
    recordingUnit = BenchmarkDatabase.persistenceUnit(recorded.recording(database.dataSource()), 1);
    JpaCrmStorage.create(recordingUnit).tickets().dueBy(SupportLoad.TENANT, now, BATCH);
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement explain =
            connection.prepareStatement("explain (analyze, buffers) " + DUE_SQL)) {
      bind(explain);
      StringBuilder plan = new StringBuilder();
      try (ResultSet rows = explain.executeQuery()) {
        while (rows.next()) {
          plan.append(rows.getString(1)).append('\n');
        }
      }
      System.out.printf(
          "crmkit's SQL: %s%nvalues: %s%n%s%nhand-written SQL: %s%n%s",
          recorded.sql(), recorded.values(), recorded.explain(connection), DUE_SQL, plan);
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    recordingUnit.close();
    database.close();
  }

  @Benchmark
  public List<Ticket> crmkit() {
    return expectBatch(repository.dueBy(SupportLoad.TENANT, now, BATCH));
  }

  @Benchmark
  public List<TicketId> handWritten() throws SQLException {
    List<TicketId> due = new ArrayList<>(BATCH);
    DataSource source = database.dataSource();
    try (Connection connection = source.getConnection();
        PreparedStatement query = connection.prepareStatement(DUE_SQL)) {
      bind(query);
      try (ResultSet rows = query.executeQuery()) {
        int columns = rows.getMetaData().getColumnCount();
        while (rows.next()) {
          // every column read, as the adapter reads them
          for (int column = 1; column <= columns; column++) {
            rows.getObject(column);
          }
          due.add(TicketId.of(rows.getObject("id", UUID.class)));
        }
      }
    }
    return expectBatch(due);
  }

  private void bind(PreparedStatement query) throws SQLException {
    query.setString(1, SupportLoad.TENANT.value());
    query.setTimestamp(2, Timestamp.from(now));
    query.setInt(3, BATCH);
  }

  private static <T> List<T> expectBatch(List<T> due) {
    if (due.size() != BATCH) {
      throw new IllegalStateException("expected " + BATCH + " due tickets but read " + due.size());
    }
    return due;
  }
}
