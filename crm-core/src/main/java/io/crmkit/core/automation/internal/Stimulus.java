package io.crmkit.core.automation.internal;

import io.crmkit.core.DomainEvent;
import io.crmkit.core.RecordRef;
import io.crmkit.core.RecordType;
import io.crmkit.core.automation.RuleTrigger;
import io.crmkit.core.deal.DealEvent;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.lead.LeadEvent;
import io.crmkit.core.task.TaskEvent;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one domain event did to a deal, lead or task, as workflow triggers see it: created or
 * changed, which watched field went from what to what, and which stage a deal entered.
 *
 * @param record the record
 * @param created whether the event created it
 * @param field the watched field that changed, or null
 * @param from its value before, or null
 * @param to its value after, or null
 * @param enteredStage the stage a deal entered, or null
 */
record Stimulus(
    RecordRef record,
    boolean created,
    @Nullable String field,
    @Nullable String from,
    @Nullable String to,
    @Nullable StageId enteredStage) {

  /** Returns what {@code event} did, if it concerns a deal, lead or task. */
  static Optional<Stimulus> of(DomainEvent event) {
    if (event instanceof DealEvent deal) {
      return Optional.of(deal(deal));
    } else if (event instanceof LeadEvent lead) {
      return Optional.of(lead(lead));
    } else if (event instanceof TaskEvent task) {
      return Optional.of(task(task));
    }
    return Optional.empty();
  }

  private static Stimulus deal(DealEvent event) {
    RecordRef record = RecordRef.of(RecordType.DEAL, event.dealId());
    if (event instanceof DealEvent.DealOpened opened) {
      return new Stimulus(record, true, null, null, null, opened.stage());
    } else if (event instanceof DealEvent.DealOwnerChanged owner) {
      return changed(record, "owner", owner.from().value(), owner.to().value());
    } else if (event instanceof DealEvent.DealStageChanged moved) {
      return staged(record, moved.from(), moved.to());
    } else if (event instanceof DealEvent.DealWon won) {
      return staged(record, won.from(), won.to());
    } else if (event instanceof DealEvent.DealLost lost) {
      return staged(record, lost.from(), lost.to());
    } else if (event instanceof DealEvent.DealReopened reopened) {
      return staged(record, reopened.from(), reopened.to());
    } else if (event instanceof DealEvent.DealRelocated relocated) {
      return staged(record, relocated.from(), relocated.to());
    }
    return new Stimulus(record, false, null, null, null, null);
  }

  private static Stimulus lead(LeadEvent event) {
    RecordRef record = RecordRef.of(RecordType.LEAD, event.leadId());
    if (event instanceof LeadEvent.LeadCaptured) {
      return new Stimulus(record, true, null, null, null, null);
    } else if (event instanceof LeadEvent.LeadOwnerChanged owner) {
      return changed(record, "owner", owner.from().value(), owner.to().value());
    } else if (event instanceof LeadEvent.LeadStatusChanged status) {
      return changed(record, "status", lower(status.from()), lower(status.to()));
    }
    return new Stimulus(record, false, null, null, null, null);
  }

  private static Stimulus task(TaskEvent event) {
    RecordRef record = RecordRef.of(RecordType.TASK, event.taskId());
    if (event instanceof TaskEvent.TaskCreated) {
      return new Stimulus(record, true, null, null, null, null);
    } else if (event instanceof TaskEvent.TaskAssigneeChanged assignee) {
      return changed(record, "assignee", assignee.from().value(), assignee.to().value());
    }
    return new Stimulus(record, false, null, null, null, null);
  }

  private static Stimulus changed(RecordRef record, String field, String from, String to) {
    return new Stimulus(record, false, field, from, to, null);
  }

  private static Stimulus staged(RecordRef record, StageId from, StageId to) {
    return new Stimulus(record, false, "stage", from.toString(), to.toString(), to);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** Returns whether {@code trigger}, other than a date or a schedule, fires on this. */
  boolean fires(RuleTrigger trigger) {
    if (trigger instanceof RuleTrigger.Created created) {
      return this.created && created.type() == record.type();
    } else if (trigger instanceof RuleTrigger.Updated updated) {
      return !this.created && updated.type() == record.type();
    } else if (trigger instanceof RuleTrigger.FieldChanged changed) {
      return changed.type() == record.type()
          && changed.field().equals(field)
          && (changed.from() == null || changed.from().equals(from))
          && (changed.to() == null || changed.to().equals(to));
    } else if (trigger instanceof RuleTrigger.StageEntered entered) {
      return entered.stage().equals(enteredStage);
    }
    return false;
  }
}
