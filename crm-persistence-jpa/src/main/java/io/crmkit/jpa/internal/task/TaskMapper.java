package io.crmkit.jpa.internal.task;

import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskId;
import io.crmkit.jpa.internal.AggregateRow;
import io.crmkit.jpa.internal.Json;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Copies a task into its row, and rebuilds it from its row. */
final class TaskMapper {

  private static final char SEPARATOR = ':';

  private TaskMapper() {}

  /** Returns the stored form of a record a task is about: {@code DEAL:d-7}. */
  static String target(RecordRef record) {
    return record.type().name() + SEPARATOR + record.id();
  }

  /** Writes every field of {@code task} into {@code row}, except the version JPA keeps. */
  static void write(Task task, TaskEntity row) {
    TaskDetails details = task.details();
    row.writeTimestamps(task.revision());
    row.title = details.title();
    row.kind = details.kind();
    row.description = details.description();
    row.dueAt = details.dueAt();
    row.remindAt = details.remindAt();
    row.priority = details.priority();
    row.assignee = task.assignee().value();
    row.status = task.status();
    row.completedAt = task.completedAt().orElse(null);
    Set<String> targets =
        details.about().stream().map(TaskMapper::target).collect(Collectors.toSet());
    row.about = Json.write(targets.stream().sorted().toList());
    AggregateRow.replace(row.aboutKeys, targets);
  }

  /** Returns the task stored in {@code row}. */
  static Task read(TaskEntity row) {
    Set<RecordRef> about =
        Arrays.stream(Json.read(row.about, String[].class))
            .map(TaskMapper::record)
            .collect(Collectors.toSet());
    return Task.restore(
        TaskId.of(row.id()),
        row.tenant(),
        row.revision(),
        new TaskDetails(
            row.title, row.kind, row.description, row.dueAt, row.remindAt, row.priority, about),
        UserId.of(row.assignee),
        row.status,
        row.completedAt);
  }

  private static RecordRef record(String target) {
    int separator = target.indexOf(SEPARATOR);
    if (separator < 0) {
      throw new IllegalStateException("stored task link is not TYPE:id: '" + target + "'");
    }
    return new RecordRef(
        RecordType.valueOf(target.substring(0, separator)), target.substring(separator + 1));
  }
}
