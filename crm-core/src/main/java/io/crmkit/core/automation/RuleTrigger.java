package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.RecordType;
import io.crmkit.core.deal.StageId;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What makes a workflow rule look at a record: a change to it, a date relative to one of its
 * fields, or a schedule. Rules act on deals, leads and tasks.
 *
 * @since 0.1
 */
public sealed interface RuleTrigger {

  /** The record types rules act on. */
  Set<RecordType> TYPES = Set.of(RecordType.DEAL, RecordType.LEAD, RecordType.TASK);

  /**
   * A record of {@code type} was created.
   *
   * @param type a deal, lead or task
   * @since 0.1
   */
  record Created(RecordType type) implements RuleTrigger {
    public Created {
      checkType(type);
    }
  }

  /**
   * A record of {@code type} was changed in any way.
   *
   * @param type a deal, lead or task
   * @since 0.1
   */
  record Updated(RecordType type) implements RuleTrigger {
    public Updated {
      checkType(type);
    }
  }

  /**
   * A field of a record of {@code type} changed from one value to another: a deal's or lead's
   * {@code owner}, a deal's {@code stage} (a stage id), a lead's {@code status} (as {@code
   * LeadStatus} names it) or a task's {@code assignee}.
   *
   * @param type a deal, lead or task
   * @param field {@code owner}, {@code stage}, {@code status} or {@code assignee}, as the type has
   * @param from the value it must have changed from, or null for any
   * @param to the value it must have changed to, or null for any
   * @since 0.1
   */
  record FieldChanged(RecordType type, String field, @Nullable String from, @Nullable String to)
      implements RuleTrigger {
    public FieldChanged {
      checkType(type);
      requireNonNull(field, "field");
      checkArgument(
          switch (type) {
            case DEAL -> field.equals("owner") || field.equals("stage");
            case LEAD -> field.equals("owner") || field.equals("status");
            default -> field.equals("assignee");
          },
          "a rule cannot watch field %s of a %s",
          field,
          type);
    }
  }

  /**
   * A deal entered {@code stage}, by a move, a win, a loss or a reopening.
   *
   * @param stage the stage
   * @since 0.1
   */
  record StageEntered(StageId stage) implements RuleTrigger {
    public StageEntered {
      requireNonNull(stage, "stage");
    }
  }

  /**
   * A number of business days (in the team's calendar) before or after a date field of a record: a
   * deal's expected close date, the last change of a deal (it stalls), or a task's due date.
   * Rescheduled whenever the record changes; an item whose date moved meanwhile does not fire.
   *
   * @param field the date
   * @param businessDays days after the date, or before it if negative; -250 to 250
   * @since 0.1
   */
  record DateRelative(DateField field, int businessDays) implements RuleTrigger {
    public DateRelative {
      requireNonNull(field, "field");
      checkArgument(
          businessDays >= -250 && businessDays <= 250,
          "business days must be -250 to 250: %s",
          businessDays);
    }
  }

  /**
   * Every {@code period} from {@code first}, with no record: the rule's actions run on their own.
   *
   * @param first the first run
   * @param period between runs, at least one minute
   * @since 0.1
   */
  record Every(Instant first, Duration period) implements RuleTrigger {
    public Every {
      requireNonNull(first, "first");
      requireNonNull(period, "period");
      checkArgument(
          period.compareTo(Duration.ofMinutes(1)) >= 0,
          "period must be a minute or more: %s",
          period);
    }
  }

  /**
   * A date field a {@link DateRelative} trigger counts from.
   *
   * @since 0.1
   */
  enum DateField {
    /** A deal's expected close date, at the start of that day in the calendar's zone. */
    DEAL_CLOSE_DATE(RecordType.DEAL),
    /** The last change of a deal: an open deal unchanged this long has stalled. */
    DEAL_LAST_CHANGE(RecordType.DEAL),
    /** A task's due instant. */
    TASK_DUE(RecordType.TASK);

    private final RecordType type;

    DateField(RecordType type) {
      this.type = type;
    }

    /** Returns the type of record the date belongs to. */
    public RecordType type() {
      return type;
    }
  }

  private static void checkType(@Nullable RecordType type) {
    requireNonNull(type, "type");
    checkArgument(TYPES.contains(type), "rules act on deals, leads and tasks, not on %s", type);
  }
}
