package io.crmkit.jpa;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.crmkit.core.Crm;
import io.crmkit.core.TenantId;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.automation.DueWork;
import io.crmkit.core.fixtures.TestClock;
import io.crmkit.core.task.TaskDetails;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Duration;
import java.time.Instant;

/**
 * One host instance of {@link DueWorkTwoProcessTests}: a separate JVM that runs the due work of a
 * simulated month on the test's PostgreSQL database, one clock step at a time, paced by the wall
 * clock so that two runners work on the same steps at once.
 *
 * <p>Arguments: JDBC URL, runner name, first simulated instant, simulated seconds per step, number
 * of steps, wall-clock millisecond at which step 0 starts, wall-clock milliseconds per step. A
 * runner started again begins at step 0 and catches up: steps already done find nothing due.
 */
final class DueWorkProofRunner {

  static final TenantId TENANT = TenantId.of("proof");
  static final DueKind KIND = DueKind.of("proof-step");

  private DueWorkProofRunner() {}

  public static void main(String[] args) throws InterruptedException {
    String url = args[0];
    String name = args[1];
    Instant start = Instant.parse(args[2]);
    Duration step = Duration.ofSeconds(Long.parseLong(args[3]));
    int steps = Integer.parseInt(args[4]);
    long wallStart = Long.parseLong(args[5]);
    long wallStep = Long.parseLong(args[6]);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setMaximumPoolSize(2);
    // JSON documents are bound as text; the server casts them to jsonb
    config.addDataSourceProperty("stringtype", "unspecified");
    try (HikariDataSource source = new HikariDataSource(config);
        EntityManagerFactory factory =
            Persistence.createEntityManagerFactory(TestDatabase.configuration(source))) {
      TestClock clock = new TestClock(start);
      Crm crm =
          Crm.builder()
              .storage(JpaCrmStorage.create(factory))
              .tenant(TENANT)
              .clock(clock)
              .dueWork(new ProofStep(name))
              .build();
      for (int k = 0; k <= steps; k++) {
        long wait = wallStart + k * wallStep - System.currentTimeMillis();
        if (wait > 0) {
          Thread.sleep(wait);
        }
        clock.set(start.plus(step.multipliedBy(k)));
        crm.automation().runDue();
      }
    }
  }

  /** The effect counted by the proof: one task per item, titled with the item's key. */
  static final class ProofStep implements DueWork {

    private final String runner;

    ProofStep(String runner) {
      this.runner = runner;
    }

    @Override
    public DueKind kind() {
      return KIND;
    }

    @Override
    public String perform(DueItem item, Crm crm) {
      crm.tasks().create(TaskDetails.builder().title(item.key()).dueAt(item.dueAt()).build());
      return runner;
    }
  }
}
