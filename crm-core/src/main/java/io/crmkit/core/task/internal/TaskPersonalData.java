package io.crmkit.core.task.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.internal.Pages;
import io.crmkit.core.spi.ErasureLog;
import io.crmkit.core.spi.PersonalDataHolder;
import io.crmkit.core.spi.PersonalDataRequest;
import io.crmkit.core.spi.TaskRepository;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tasks' part of a person's data: every task about the person's contact. Erasure deletes a task
 * about no other record; one also about other records stays for them, without the person, titled
 * {@value #TOMBSTONE} and without description.
 */
public final class TaskPersonalData implements PersonalDataHolder {

  /** The title of a task whose own title was erased. */
  static final String TOMBSTONE = "Erased";

  private final TaskRepository tasks;

  /**
   * @param tasks the storage's tasks
   */
  public TaskPersonalData(TaskRepository tasks) {
    this.tasks = requireNonNull(tasks, "tasks");
  }

  @Override
  public String name() {
    return "tasks";
  }

  @Override
  public DataValue describe(PersonalDataRequest request) {
    return DataValue.of(tasks(request).stream().map(TaskPersonalData::describe).toList());
  }

  @Override
  public void erase(PersonalDataRequest request, ErasureLog log) {
    RecordRef person = RecordRef.of(RecordType.CONTACT, request.contact());
    for (Task task : tasks(request)) {
      TaskDetails details = task.details();
      Set<RecordRef> about = new HashSet<>(details.about());
      about.remove(person);
      if (about.isEmpty()) {
        tasks.delete(task.tenant(), task.id(), task.version());
        log.deleted("task", task.id().toString());
      } else {
        TaskDetails rest =
            new TaskDetails(
                TOMBSTONE,
                details.kind(),
                "",
                details.dueAt(),
                details.remindAt(),
                details.priority(),
                about);
        tasks.update(
            Task.restore(
                task.id(),
                task.tenant(),
                task.revision().next(request.at()),
                rest,
                task.assignee(),
                task.status(),
                task.completedAt().orElse(null)),
            task.version());
        log.anonymised("task", task.id().toString());
      }
    }
  }

  private List<Task> tasks(PersonalDataRequest request) {
    RecordRef person = RecordRef.of(RecordType.CONTACT, request.contact());
    return Pages.all(page -> tasks.about(request.tenant(), person, page));
  }

  private static DataValue describe(Task task) {
    TaskDetails details = task.details();
    return DataValue.fields()
        .put("id", task.id())
        .put("title", details.title())
        .put("description", details.description())
        .put("kind", details.kind())
        .put("priority", details.priority())
        .put("dueAt", details.dueAt())
        .put("remindAt", details.remindAt())
        .put("about", details.about().stream().map(RecordRef::toString).sorted().toList())
        .put("assignee", task.assignee())
        .put("status", task.status())
        .put("completedAt", task.completedAt())
        .build();
  }
}
