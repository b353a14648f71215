package io.crmkit.jpa.internal.task;

import io.crmkit.core.task.TaskKind;
import io.crmkit.core.task.TaskPriority;
import io.crmkit.core.task.TaskStatus;
import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.Json;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A task's row: the columns the agenda and reminder queries filter and sort on (assignee, status,
 * due and reminder instants), the records it is about as a JSON array, and one indexed row per
 * record it is about.
 */
@Entity(name = "CrmTask")
@Table(name = "crm_task")
class TaskEntity extends AggregateRow {

  /** The kind of record a row holds, as error messages name it. */
  static final String KIND = "task";

  @Column(name = "title", length = 500, nullable = false)
  String title = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", length = 16, nullable = false)
  TaskKind kind = TaskKind.TODO;

  @Column(name = "description", length = 10_000, nullable = false)
  String description = "";

  @Column(name = "due_at", nullable = false)
  Instant dueAt = Instant.EPOCH;

  @Column(name = "remind_at")
  @Nullable Instant remindAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority", length = 16, nullable = false)
  TaskPriority priority = TaskPriority.NORMAL;

  @Column(name = "assignee_id", length = 128, nullable = false)
  String assignee = "";

  @Enumerated(EnumType.STRING)
  @Column(name = "status", length = 16, nullable = false)
  TaskStatus status = TaskStatus.OPEN;

  @Column(name = "completed_at")
  @Nullable Instant completedAt;

  @ElementCollection
  @CollectionTable(
      name = "crm_task_about",
      joinColumns = {
        @JoinColumn(name = "tenant_id", referencedColumnName = "tenant_id"),
        @JoinColumn(name = "task_id", referencedColumnName = "id")
      })
  @Column(name = "target", length = 100, nullable = false)
  Set<String> aboutKeys = new HashSet<>();

  @Column(name = "about", length = 10_000, nullable = false, columnDefinition = Json.COLUMN)
  String about = "[]";

  /** For the persistence provider and the repository. */
  protected TaskEntity() {
    super(KIND);
  }
}
