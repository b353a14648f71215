package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.UserId;
import io.crmkit.core.task.Task;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskKind;
import io.crmkit.core.task.TaskPriority;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;

/**
 * The follow-up tasks reps give themselves ("call back within 2 business days"), due on the team's
 * business calendar, and the doing of them: most are done around their due time, some late, and
 * some never, so that the year ends with overdue work on the agendas.
 */
final class FollowUps {

  /** The share of tasks that are eventually done, in percent. */
  private static final int DONE_PERCENT = 90;

  private final SalesTeam team;
  private final Agenda agenda;
  private final Random random;
  private long created;
  private long completed;

  FollowUps(SalesTeam team, Agenda agenda, Random random) {
    this.team = requireNonNull(team, "team");
    this.agenda = requireNonNull(agenda, "agenda");
    this.random = requireNonNull(random, "random");
  }

  /** Creates a task for {@code rep} about {@code record}, due in {@code businessDays}. */
  void create(UserId rep, String title, TaskKind kind, RecordRef record, int businessDays) {
    Crm desk = team.as(rep);
    Instant due = desk.tasks().inBusinessDays(businessDays);
    Task task =
        desk.tasks()
            .create(
                TaskDetails.builder()
                    .title(title)
                    .kind(kind)
                    .dueAt(due)
                    .priority(businessDays <= 1 ? TaskPriority.HIGH : TaskPriority.NORMAL)
                    .about(record)
                    .build(),
                rep);
    created++;
    if (random.nextInt(100) < DONE_PERCENT) {
      // done within the business time it was given, or up to two working days late
      long minutes = (businessDays + 2L) * 8 * 60;
      Duration work = Duration.ofMinutes(1 + (long) (random.nextDouble() * minutes));
      agenda.plan(desk.tasks().inBusinessTime(work), () -> complete(rep, task));
    }
  }

  private void complete(UserId rep, Task task) {
    Crm desk = team.as(rep);
    Task current = desk.tasks().get(task.id());
    if (current.isOpen()) {
      desk.tasks().complete(current.id(), current.version());
      completed++;
    }
  }

  /** Returns how many tasks were created. */
  long created() {
    return created;
  }

  /** Returns how many tasks were done. */
  long completed() {
    return completed;
  }
}
