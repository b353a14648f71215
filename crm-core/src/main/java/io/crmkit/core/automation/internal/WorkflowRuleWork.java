package io.crmkit.core.automation.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.DueKind;
import io.crmkit.core.automation.DueWork;
import io.crmkit.core.automation.RecordFacts;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.spi.CrmStorage;
import io.crmkit.core.spi.Notifier;
import io.crmkit.core.spi.WebhookSender;
import java.time.Instant;
import java.util.Optional;

/**
 * The due work that runs workflow rules: checks that the rule still exists, the chain is not too
 * deep, the record still exists and (for a date-relative rule) its date has not moved, then tests
 * the condition on the record as it is now and runs the actions. Its outcome, {@code fired: ...} or
 * {@code not fired: ...}, is the line of the record's execution log.
 */
public final class WorkflowRuleWork implements DueWork {

  /** The kind of the workflow rules' due items. */
  public static final DueKind KIND = DueKind.of("workflow-rule");

  private final CrmStorage storage;
  private final RuleDepth depth;
  private final FactsReader facts;
  private final RuleDates dates;
  private final RuleActions actions;

  /**
   * @param storage where the rules and records are
   * @param calendar the team's calendar
   * @param depth the depth of the rule running on this thread, set while a rule acts
   * @param notifier delivers the rules' notices
   * @param webhooks sends the rules' webhook calls
   * @param targets the static lists and sequences rules add contacts to
   */
  public WorkflowRuleWork(
      CrmStorage storage,
      BusinessCalendar calendar,
      RuleDepth depth,
      Notifier notifier,
      WebhookSender webhooks,
      RuleTargets targets) {
    this.storage = requireNonNull(storage, "storage");
    this.depth = requireNonNull(depth, "depth");
    this.facts = new FactsReader(storage);
    this.dates = new RuleDates(storage, calendar);
    this.actions = new RuleActions(calendar, notifier, webhooks, targets);
  }

  @Override
  public DueKind kind() {
    return KIND;
  }

  @Override
  public String perform(DueItem item, Crm crm) {
    RuleRun run = RuleRun.parse(item.subject());
    Optional<WorkflowRule> found =
        RuleBook.of(storage).flatMap(book -> book.rule(item.tenant(), run.rule()));
    if (found.isEmpty()) {
      return "not fired: rule " + run.rule() + " is no longer defined";
    }
    WorkflowRule rule = found.get();
    if (run.depth() > RuleDepth.LIMIT) {
      return "not fired: " + RuleDepth.LIMIT + " rules triggered each other before it (the limit)";
    }
    Optional<RecordFacts> seen =
        run.record().isEmpty()
            ? Optional.of(RecordFacts.none())
            : facts.facts(item.tenant(), run.record().get());
    if (seen.isEmpty()) {
      return "not fired: " + run.record().map(RecordRef::toString).orElse("") + " no longer exists";
    }
    if (run.from() == 0) {
      Optional<String> stale = stale(item, rule, run, crm);
      if (stale.isPresent()) {
        return stale.get();
      }
    }
    if (!rule.condition().test(seen.get())) {
      return "not fired: condition not met: " + rule.condition().text();
    }
    return depth.at(run.depth(), () -> "fired: " + actions.run(rule, run, item, seen.get(), crm));
  }

  /**
   * Returns why a date-relative run no longer applies (its date moved), scheduling the next run of
   * a rule on a schedule on the way.
   */
  private Optional<String> stale(DueItem item, WorkflowRule rule, RuleRun run, Crm crm) {
    if (rule.trigger() instanceof RuleTrigger.DateRelative date && run.record().isPresent()) {
      Optional<Instant> now = dates.dueAt(item.tenant(), run.record().get(), date);
      if (!now.equals(Optional.of(item.dueAt()))) {
        return Optional.of(
            "not fired: the "
                + date.field().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " moved since it was scheduled");
      }
    } else if (rule.trigger() instanceof RuleTrigger.Every every) {
      Instant next = item.dueAt().plus(every.period());
      crm.automation().schedule(KIND, everyKey(rule, next), next, run.subject());
    }
    return Optional.empty();
  }

  /** Returns the key of a scheduled rule's run at {@code at}. */
  static String everyKey(WorkflowRule rule, Instant at) {
    return "rule:" + rule.name() + ":every:" + at;
  }
}
