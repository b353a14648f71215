package io.crmkit.benchmarks.automation;

import io.crmkit.core.TenantId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The limit of due work on PostgreSQL: one worker's loop in plain JDBC. Each transaction claims up
 * to {@link #BATCH} pending due items with {@code SELECT ... FOR UPDATE SKIP LOCKED} (the adapter's
 * claim, by the same partial index), writes one task row per item in a JDBC batch, marks the items
 * done in another, and commits; until a claim finds nothing.
 */
final class RawDueLoop {

  /** The items one transaction claims, as {@code AutomationService.BATCH_SIZE}. */
  static final int BATCH = 100;

  private static final String CLAIM =
      "select idem_key, subject, due_at from crm_due_item where tenant_id = ? and state = 'PENDING'"
          + " and due_at <= ? order by due_at, idem_key limit ? for update skip locked";
  private static final String TASK =
      "insert into crm_task (tenant_id, id, version, created_at, updated_at, title, kind,"
          + " description, due_at, remind_at, priority, assignee_id, status, completed_at, about)"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, null, ?::jsonb)";
  private static final String DONE =
      "update crm_due_item set state = 'DONE', finished_at = ?, outcome = ?"
          + " where tenant_id = ? and idem_key = ?";

  private final DataSource dataSource;
  private final TenantId tenant;
  private final OffsetDateTime now;
  private final TaskRow template;

  RawDueLoop(DataSource dataSource, TenantId tenant, Instant now, TaskRow template) {
    this.dataSource = dataSource;
    this.tenant = tenant;
    this.now = now.atOffset(ZoneOffset.UTC);
    this.template = template;
  }

  /** Claims and completes batches until none is left; returns how many items it did. */
  int runDue() throws SQLException {
    int done = 0;
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement claim = connection.prepareStatement(CLAIM);
          PreparedStatement task = connection.prepareStatement(TASK);
          PreparedStatement finish = connection.prepareStatement(DONE)) {
        while (true) {
          List<String> keys = claim(claim, task);
          if (keys.isEmpty()) {
            connection.commit();
            return done;
          }
          task.executeBatch();
          for (String key : keys) {
            finish.setObject(1, now);
            finish.setString(2, "task");
            finish.setString(3, tenant.value());
            finish.setString(4, key);
            finish.addBatch();
          }
          finish.executeBatch();
          connection.commit();
          done += keys.size();
        }
      }
    }
  }

  /** Claims a batch and adds its tasks to the {@code task} batch; returns the claimed keys. */
  private List<String> claim(PreparedStatement claim, PreparedStatement task) throws SQLException {
    claim.setString(1, tenant.value());
    claim.setObject(2, now);
    claim.setInt(3, BATCH);
    List<String> keys = new ArrayList<>(BATCH);
    try (ResultSet rs = claim.executeQuery()) {
      while (rs.next()) {
        keys.add(rs.getString(1));
        addTask(task, rs.getString(2), rs.getTimestamp(3));
      }
    }
    return keys;
  }

  private void addTask(PreparedStatement task, String title, Timestamp dueAt) throws SQLException {
    OffsetDateTime created = template.createdAt().atOffset(ZoneOffset.UTC);
    task.setString(1, tenant.value());
    task.setObject(2, UUID.randomUUID());
    task.setLong(3, template.version());
    task.setObject(4, created);
    task.setObject(5, created);
    task.setString(6, title);
    task.setString(7, template.kind());
    task.setString(8, template.description());
    task.setObject(9, dueAt.toInstant().plus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC));
    task.setString(10, template.priority());
    task.setString(11, template.assignee());
    task.setString(12, template.status());
    task.setString(13, template.about());
    task.addBatch();
  }
}
