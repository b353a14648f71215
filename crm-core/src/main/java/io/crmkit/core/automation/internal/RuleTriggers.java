package io.crmkit.core.automation.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.TenantId;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.EventJournal;
import io.crmkit.core.spi.IdGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The journal that turns a unit of work's events into workflow rule runs: inside the unit, after
 * the storage's own journal, it schedules a due item for each rule whose trigger the events fire,
 * so that a committed change never loses its rules and a rolled-back one never runs them. A
 * date-relative rule is scheduled for the record's date; its key holds the date, so a record that
 * changes without moving the date keeps its one item.
 */
public final class RuleTriggers implements EventJournal {

  private final EventJournal storageJournal;
  private final CrmStorage storage;
  private final IdGenerator ids;
  private final RuleDepth depth;
  private final RuleDates dates;

  /**
   * @param storageJournal the storage's own journal, called first
   * @param storage where the rules, the records and the due work are
   * @param ids the source of the keys of event-triggered runs
   * @param calendar the team's calendar, for date-relative triggers
   * @param depth the depth of the rule running on this thread, if any
   */
  public RuleTriggers(
      EventJournal storageJournal,
      CrmStorage storage,
      IdGenerator ids,
      BusinessCalendar calendar,
      RuleDepth depth) {
    this.storageJournal = requireNonNull(storageJournal, "storageJournal");
    this.storage = requireNonNull(storage, "storage");
    this.ids = requireNonNull(ids, "ids");
    this.depth = requireNonNull(depth, "depth");
    this.dates = new RuleDates(storage, calendar);
  }

  @Override
  public void record(List<DomainEvent> events) {
    storageJournal.record(events);
    int runDepth = depth.endOfUnit() + 1;
    Optional<RuleBook> book = RuleBook.of(storage);
    if (book.isEmpty()) {
      return;
    }
    for (DomainEvent event : events) {
      List<WorkflowRule> rules = book.get().rules(event.tenant());
      if (!rules.isEmpty()) {
        Stimulus.of(event).ifPresent(stimulus -> schedule(event, stimulus, rules, runDepth));
      }
    }
  }

  private void schedule(
      DomainEvent event, Stimulus stimulus, List<WorkflowRule> rules, int runDepth) {
    TenantId tenant = event.tenant();
    for (WorkflowRule rule : rules) {
      RuleRun run = new RuleRun(Optional.of(stimulus.record()), rule.name(), runDepth, 0);
      if (rule.trigger() instanceof RuleTrigger.DateRelative date) {
        dates
            .dueAt(tenant, stimulus.record(), date)
            .ifPresent(dueAt -> add(tenant, dateKey(rule, run, dueAt), dueAt, run));
      } else if (stimulus.fires(rule.trigger())) {
        add(tenant, "rule:" + rule.name() + ":" + ids.next(), event.occurredAt(), run);
      }
    }
  }

  /** Returns the key of a date-relative run: one per rule, record and due instant. */
  static String dateKey(WorkflowRule rule, RuleRun run, Instant dueAt) {
    return "rule:" + rule.name() + ":" + run.subject().split(" ")[0] + ":" + dueAt;
  }

  private void add(TenantId tenant, String key, Instant dueAt, RuleRun run) {
    storage
        .dueWork()
        .add(DueItem.pending(tenant, key, WorkflowRuleWork.KIND, dueAt, run.subject()));
  }
}
