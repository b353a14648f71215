package io.crmkit.benchmarks.automation;

import io.crmkit.benchmarks.jpa.BenchmarkDatabase;
import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.UserId;
import io.crmkit.jpa.JpaCrmStorage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
 * Due-work throughput on PostgreSQL with two workers: {@code crmkit} runs {@code
 * crm.automation().runDue()} in two threads, each a CRM of its own on the JPA adapter (as two host
 * instances would), over {@link #items} due items of a kind that creates one task each; {@code
 * rawJdbc}, the limit, claims the same rows in two threads with {@code SELECT ... FOR UPDATE SKIP
 * LOCKED}, writes the same task row for each and marks it done, a batch per transaction. Every
 * invocation starts from the same pending rows, copied in SQL from one the adapter scheduled.
 *
 * <p>Run with {@code -Dcrmkit.bench.postgres.url=jdbc:postgresql://HOST:PORT/DATABASE?user=USER}
 * naming a database of its own, which the benchmark empties.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class DueWorkThroughputBenchmark {

  static final TenantId TENANT = TenantId.of("bench");
  static final Instant DUE = Instant.parse("2026-03-02T09:00:00Z");
  private static final Instant NOW = DUE.plus(Duration.ofMinutes(5));
  private static final int WORKERS = 2;
  private static final String TEMPLATE_KEY = "make-task:0";

  /** How many items are due at each invocation. */
  @Param("10000")
  public int items;

  private BenchmarkDatabase database;
  private List<Crm> instances;
  private RawDueLoop raw;
  private ExecutorService workers;

  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    database = BenchmarkDatabase.open(100);
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    instances = new ArrayList<>(WORKERS);
    for (int i = 0; i < WORKERS; i++) {
      instances.add(
          Crm.builder()
              .storage(JpaCrmStorage.create(database.factory()))
              .tenant(TENANT)
              .actor(UserId.of("scheduler"))
              .clock(clock)
              .dueWork(new TaskWork())
              .build());
    }
    workers = Executors.newFixedThreadPool(WORKERS);
    raw = new RawDueLoop(database.dataSource(), TENANT, NOW, taskRow(instances.get(0), clock));
  }

  /**
   * Creates one task through the CRM exactly as {@link TaskWork} does and reads its row back, for
   * the raw loop to write rows like it.
   */
  private TaskRow taskRow(Crm crm, Clock clock) throws SQLException {
    var task = crm.tasks().create(TaskWork.details("template"));
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement read =
            connection.prepareStatement(
                "select version, kind, description, priority, assignee_id, status, about::text"
                    + " from crm_task where tenant_id = ? and id = ?")) {
      read.setString(1, TENANT.value());
      read.setObject(2, task.id().value());
      try (ResultSet rs = read.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("the adapter did not write task " + task.id());
        }
        return new TaskRow(
            rs.getLong(1),
            rs.getString(2),
            rs.getString(3),
            rs.getString(4),
            rs.getString(5),
            rs.getString(6),
            rs.getString(7),
            clock.instant());
      }
    }
  }

  /** Empties the tasks, the outbox and the due items, then schedules {@link #items} due items. */
  @Setup(Level.Invocation)
  public void schedule() {
    database.execute(
        "truncate crm_task_about, crm_task, crm_outbox, crm_due_item",
        "analyze crm_task, crm_due_item");
    boolean scheduled =
        instances
            .get(0)
            .automation()
            .schedule(TaskWork.KIND, TEMPLATE_KEY, DUE, "Call back customer 0");
    if (!scheduled) {
      throw new IllegalStateException("the template item was scheduled already");
    }
    database.execute(
        "insert into crm_due_item (tenant_id, idem_key, kind, due_at, subject, state, finished_at,"
            + " outcome) select t.tenant_id, 'make-task:' || g, t.kind, t.due_at,"
            + " 'Call back customer ' || g, t.state, t.finished_at, t.outcome"
            + " from crm_due_item t, generate_series(1, "
            + (items - 1)
            + ") g where t.idem_key = '"
            + TEMPLATE_KEY
            + "'",
        "analyze crm_due_item");
  }

  /** Checks that every item was done once and made one task. */
  @TearDown(Level.Invocation)
  public void check() throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        PreparedStatement count =
            connection.prepareStatement(
                "select (select count(*) from crm_task),"
                    + " (select count(*) from crm_due_item where state = 'DONE')")) {
      try (ResultSet rs = count.executeQuery()) {
        rs.next();
        if (rs.getLong(1) != items || rs.getLong(2) != items) {
          throw new IllegalStateException(
              "expected "
                  + items
                  + " tasks and items done, found "
                  + rs.getLong(1)
                  + " tasks and "
                  + rs.getLong(2)
                  + " done");
        }
      }
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    workers.shutdownNow();
    database.close();
  }

  /** Two CRMs on one database run the due work at once until none is left. */
  @Benchmark
  public int crmkit() throws InterruptedException, ExecutionException {
    return inTwoThreads(
        instances.stream()
            .<Callable<Integer>>map(crm -> () -> crm.automation().runDue().done())
            .toList());
  }

  /** The limit: two threads claim, perform and complete the rows in plain JDBC. */
  @Benchmark
  public int rawJdbc() throws InterruptedException, ExecutionException {
    List<Callable<Integer>> loops = new ArrayList<>(WORKERS);
    for (int i = 0; i < WORKERS; i++) {
      loops.add(raw::runDue);
    }
    return inTwoThreads(loops);
  }

  private int inTwoThreads(List<Callable<Integer>> work)
      throws InterruptedException, ExecutionException {
    int done = 0;
    for (Future<Integer> each : workers.invokeAll(work)) {
      done += each.get();
    }
    if (done != items) {
      throw new IllegalStateException("expected " + items + " items done, not " + done);
    }
    return done;
  }
}
