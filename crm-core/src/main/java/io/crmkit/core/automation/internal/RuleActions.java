package io.crmkit.core.automation.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.UserId;
import io.crmkit.core.automation.DueItem;
import io.crmkit.core.automation.RecordFacts;
import io.crmkit.core.automation.RuleAction;
import io.crmkit.core.automation.WorkflowRule;
import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.deal.DealId;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.spi.Notifier;
import io.crmkit.core.spi.WebhookSender;
import io.crmkit.core.task.TaskDetails;
import io.crmkit.core.task.TaskId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Runs a fired rule's actions through the CRM's services, inside the rule's unit of work. */
final class RuleActions {

  private final BusinessCalendar calendar;
  private final Notifier notifier;
  private final WebhookSender webhooks;
  private final RuleTargets targets;

  RuleActions(
      BusinessCalendar calendar, Notifier notifier, WebhookSender webhooks, RuleTargets targets) {
    this.calendar = requireNonNull(calendar, "calendar");
    this.notifier = requireNonNull(notifier, "notifier");
    this.webhooks = requireNonNull(webhooks, "webhooks");
    this.targets = requireNonNull(targets, "targets");
  }

  /**
   * Runs the rule's actions from the run's first one up to the end or the first wait.
   *
   * @return what they did, for the execution log
   */
  String run(WorkflowRule rule, RuleRun run, DueItem item, RecordFacts facts, Crm crm) {
    List<String> done = new ArrayList<>();
    Instant now = crm.clock().instant();
    for (int i = run.from(); i < rule.actions().size(); i++) {
      RuleAction action = rule.actions().get(i);
      if (action instanceof RuleAction.Wait wait) {
        Instant until = now.plus(wait.duration());
        crm.automation()
            .schedule(
                WorkflowRuleWork.KIND,
                item.key() + ":w" + i,
                until,
                run.resumedAt(i + 1).subject());
        done.add("waiting until " + until);
        break;
      }
      done.add(act(action, i, rule, item, facts, crm, now));
    }
    return String.join("; ", done);
  }

  private String act(
      RuleAction action,
      int index,
      WorkflowRule rule,
      DueItem item,
      RecordFacts facts,
      Crm crm,
      Instant now) {
    Optional<RecordRef> record = facts.record();
    if (action instanceof RuleAction.CreateTask task) {
      TaskDetails.Builder details =
          TaskDetails.builder()
              .title(task.title())
              .dueAt(calendar.plusBusinessDays(now, task.dueInBusinessDays()));
      record.filter(r -> r.type() != RecordType.TASK).ifPresent(details::about);
      UserId assignee = owner(facts).orElse(crm.actor());
      crm.tasks().create(details.build(), assignee);
      return "created task '" + task.title() + "' for " + assignee.value();
    } else if (action instanceof RuleAction.AssignOwner assign) {
      assign(required(record, rule), assign.owner(), crm);
      return "assigned to " + assign.owner().value();
    } else if (action instanceof RuleAction.AssignBy assign) {
      return crm.automation()
          .assign(assign.rule(), required(record, rule))
          .assignee()
          .map(member -> "assigned by " + assign.rule() + " to " + member.value())
          .orElse("nobody free under " + assign.rule());
    } else if (action instanceof RuleAction.Notify notify) {
      UserId recipient =
          notify.recipient() != null
              ? notify.recipient()
              : owner(facts)
                  .orElseThrow(
                      () ->
                          new IllegalStateException(
                              "rule " + rule.name() + " notifies the owner of no record"));
      notifier.notify(
          new Notifier.RuleNotice(
              item.tenant(), recipient, item.key(), rule.name(), record, notify.message(), now));
      return "notified " + recipient.value();
    } else if (action instanceof RuleAction.SetField set) {
      return FieldSetter.set(required(record, rule), set, crm);
    } else if (action instanceof RuleAction.AddTag tag) {
      return ContactActions.tag(required(record, rule), tag.tag(), crm);
    } else if (action instanceof RuleAction.AddToList add) {
      return ContactActions.addToList(required(record, rule), add.list(), targets.lists(), crm);
    } else if (action instanceof RuleAction.EnrollInSequence enroll) {
      return ContactActions.enroll(
          required(record, rule), enroll.sequence(), targets.enrollments(), crm);
    } else if (action instanceof RuleAction.CallWebhook hook) {
      webhooks.send(
          new WebhookSender.WebhookCall(
              item.tenant(), hook.hook(), item.key(), rule.name(), record, now));
      return "called " + hook.hook();
    }
    RuleAction.HandOver handOver = (RuleAction.HandOver) action;
    String subject = record.map(RuleRun::prefix).orElse("- ") + handOver.target();
    crm.automation().schedule(handOver.kind(), item.key() + ":h" + index, now, subject);
    return "handed to " + handOver.kind() + " " + handOver.target();
  }

  private static void assign(RecordRef record, UserId owner, Crm crm) {
    switch (record.type()) {
      case DEAL -> crm.deals().assign(crm.deals().get(DealId.parse(record.id())), owner);
      case LEAD -> crm.leads().assign(crm.leads().get(LeadId.parse(record.id())), owner);
      case TASK -> crm.tasks().assign(crm.tasks().get(TaskId.parse(record.id())), owner);
      default -> throw new IllegalStateException("rules cannot assign a " + record.type());
    }
  }

  private static RecordRef required(Optional<RecordRef> record, WorkflowRule rule) {
    return record.orElseThrow(
        () -> new IllegalStateException("rule " + rule.name() + " acts on no record"));
  }

  /** Returns the record's owner (a task's assignee). */
  private static Optional<UserId> owner(RecordFacts facts) {
    return facts
        .value("owner")
        .or(() -> facts.value("assignee"))
        .map(value -> UserId.of(String.valueOf(value)));
  }
}
