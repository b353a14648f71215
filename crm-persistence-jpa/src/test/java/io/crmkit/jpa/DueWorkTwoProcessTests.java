package io.crmkit.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.Crm;
import io.crmkit.core.automation.AutomationService;
import io.crmkit.core.fixtures.TestClock;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The proof that due work runs exactly once across host instances: two separate JVMs ({@link
 * DueWorkProofRunner}) run the due work of a simulated month, 10,000 items, on one PostgreSQL
 * database at once; one of them is killed ({@code kill -9}) halfway and started again. Every item
 * must have made exactly one task and none may be left. An item is performed by the first step (a
 * simulated six hours, about one batch of due items) that reaches its due instant, except the one
 * batch the killed runner held, which is performed one step later: none is late by more.
 */
class DueWorkTwoProcessTests {

  private static final int ITEMS = 10_000;
  private static final Duration MONTH = Duration.ofDays(30);
  private static final Duration STEP = Duration.ofHours(6);
  private static final int STEPS = (int) MONTH.dividedBy(STEP);
  private static final long WALL_STEP_MILLIS = 100;

  @Test
  void twoProcessesOneKilledHalfwayPerformEveryItemExactlyOnceAndOnTime() throws Exception {
    TestDatabase database = TestDatabase.POSTGRESQL;
    database.assumeConfigured();
    Instant start = TestClock.START;
    scheduleMonth(database, start);

    long wallStart = System.currentTimeMillis() + 1_000;
    Process first = runner(database, "A", start, wallStart);
    Process second = runner(database, "B", start, wallStart);
    try {
      awaitHalfwayWithBothRunnersWorking(database, second);
      second.destroyForcibly().waitFor();
      Process restarted = runner(database, "B2", start, wallStart);
      for (Process process : List.of(first, restarted)) {
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("runner finished").isTrue();
        assertThat(process.exitValue()).as("runner exit status").isZero();
      }
    } finally {
      first.destroyForcibly();
    }
    assertEffectsAndTimes(database);
  }

  /** Waits until half the items are done, runner B among those who did them, while B runs. */
  private static void awaitHalfwayWithBothRunnersWorking(TestDatabase database, Process runnerB)
      throws SQLException, InterruptedException {
    while (true) {
      Map<String, Integer> done = doneByRunner(database);
      int total = done.values().stream().mapToInt(Integer::intValue).sum();
      if (total >= ITEMS / 2 && done.getOrDefault("B", 0) > 0) {
        return;
      }
      assertThat(runnerB.isAlive()).as("runner B still running before halfway").isTrue();
      assertThat(total).as("items done before runner B did any").isLessThan(ITEMS);
      Thread.sleep(50);
    }
  }

  private static Map<String, Integer> doneByRunner(TestDatabase database) throws SQLException {
    Map<String, Integer> done = new HashMap<>();
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                "select outcome, count(*) from crm_due_item"
                    + " where tenant_id = 'proof' and state = 'DONE' group by outcome")) {
      while (rows.next()) {
        done.put(rows.getString(1), rows.getInt(2));
      }
    }
    return done;
  }

  private static void scheduleMonth(TestDatabase database, Instant start) {
    Crm crm =
        Crm.builder()
            .storage(database.freshStorage())
            .tenant(DueWorkProofRunner.TENANT)
            .clock(new TestClock(start))
            .dueWork(new DueWorkProofRunner.ProofStep("scheduler"))
            .build();
    Duration spacing = MONTH.dividedBy(ITEMS);
    for (int chunk = 0; chunk < ITEMS; chunk += 1_000) {
      int from = chunk;
      crm.atomically(
          () -> {
            for (int i = from; i < from + 1_000; i++) {
              Instant dueAt = start.plus(spacing.multipliedBy(i + 1L));
              crm.automation().schedule(DueWorkProofRunner.KIND, "step-" + i, dueAt, "");
            }
            return null;
          });
    }
  }

  private static Process runner(TestDatabase database, String name, Instant start, long wallStart)
      throws IOException {
    Path logs = Path.of("target", "due-work-proof");
    Files.createDirectories(logs);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-cp",
            System.getProperty("java.class.path"),
            DueWorkProofRunner.class.getName(),
            database.url(),
            name,
            start.toString(),
            String.valueOf(STEP.toSeconds()),
            String.valueOf(STEPS),
            String.valueOf(wallStart),
            String.valueOf(WALL_STEP_MILLIS))
        .redirectErrorStream(true)
        .redirectOutput(new File(logs.toFile(), name + ".log"))
        .start();
  }

  private static void assertEffectsAndTimes(TestDatabase database) throws SQLException {
    try (Connection connection = database.dataSource().getConnection();
        Statement statement = connection.createStatement()) {
      try (ResultSet tasks =
          statement.executeQuery(
              "select count(*), count(distinct title) from crm_task where tenant_id = 'proof'")) {
        tasks.next();
        assertThat(tasks.getLong(1)).as("tasks made").isEqualTo(ITEMS);
        assertThat(tasks.getLong(2)).as("distinct items with a task").isEqualTo(ITEMS);
      }
      Map<String, Integer> byRunner = new HashMap<>();
      Duration latest = Duration.ZERO;
      int pastTheirStep = 0;
      try (ResultSet items =
          statement.executeQuery(
              "select state, outcome, due_at, finished_at from crm_due_item"
                  + " where tenant_id = 'proof'")) {
        while (items.next()) {
          assertThat(items.getString(1)).as("item state").isEqualTo("DONE");
          byRunner.merge(items.getString(2), 1, Integer::sum);
          Instant dueAt = items.getObject(3, Timestamp.class).toInstant();
          Instant finishedAt = items.getObject(4, Timestamp.class).toInstant();
          assertThat(finishedAt).as("finished at or after due").isAfterOrEqualTo(dueAt);
          Duration late = Duration.between(dueAt, finishedAt);
          latest = late.compareTo(latest) > 0 ? late : latest;
          pastTheirStep += late.compareTo(STEP) >= 0 ? 1 : 0;
        }
      }
      assertThat(byRunner.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(ITEMS);
      assertThat(byRunner.get("A")).as("items runner A performed").isPositive();
      assertThat(byRunner.get("B"))
          .as("items runner B performed before it was killed")
          .isPositive();
      // an item is done by the first step that reaches its due instant, unless the killed runner
      // held it then: its batch is released with the runner's connection and done one step later
      assertThat(latest).as("latest item").isLessThan(STEP.multipliedBy(2));
      assertThat(pastTheirStep)
          .as("items done after the step that reached them")
          .isLessThanOrEqualTo(AutomationService.BATCH_SIZE);
    }
  }
}
