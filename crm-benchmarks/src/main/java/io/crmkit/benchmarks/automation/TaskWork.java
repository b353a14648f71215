package io.crmkit.benchmarks.automation;

import io.crmkit.core.Crm;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.automation.DueWork;
import io.crmkit.core.task.TaskDetails;
import java.time.Duration;

/**
 * The due work the throughput benchmark runs: each item creates one task, titled by the item's
 * subject and due a day after the item, the cheapest kind that writes a row of the CRM's own.
 */
final class TaskWork implements DueWork {

  static final DueKind KIND = DueKind.of("make-task");

  /** The details of the task an item titled {@code title} creates. */
  static TaskDetails details(String title) {
    return TaskDetails.builder()
        .title(title)
        .dueAt(DueWorkThroughputBenchmark.DUE.plus(Duration.ofDays(1)))
        .build();
  }

  @Override
  public DueKind kind() {
    return KIND;
  }

  @Override
  public String perform(DueItem item, Crm crm) {
    return "task " + crm.tasks().create(details(item.subject())).id();
  }
}
