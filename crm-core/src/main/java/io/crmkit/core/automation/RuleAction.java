package io.crmkit.core.automation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.Tag;
import io.crmkit.core.UserId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What a workflow rule does when it fires, in order; each action's effects commit with the rule's
 * due item, so they happen once.
 *
 * @since 0.1
 */
public sealed interface RuleAction {

  /**
   * Creates a task about the record, for its owner (a task's assignee), due a number of business
   * days from now.
   *
   * @param title the task's title, 1 to 200 characters of one line
   * @param dueInBusinessDays 0 to 250
   * @since 0.1
   */
  record CreateTask(String title, int dueInBusinessDays) implements RuleAction {
    public CreateTask {
      requireNonNull(title, "title");
      checkArgument(
          !title.isBlank() && title.length() <= 200,
          "task title must be 1 to 200 characters: %s",
          Quoted.of(title));
      TextPolicy.check("task title", title, TextPolicy.Kind.LINE);
      checkArgument(
          dueInBusinessDays >= 0 && dueInBusinessDays <= 250,
          "business days must be 0 to 250: %s",
          dueInBusinessDays);
    }
  }

  /**
   * Gives the deal or lead to {@code owner}, or the task to {@code owner} as assignee.
   *
   * @param owner the new owner
   * @since 0.1
   */
  record AssignOwner(UserId owner) implements RuleAction {
    public AssignOwner {
      requireNonNull(owner, "owner");
    }
  }

  /**
   * Sets a field of the deal or lead to a value: a deal's {@code name}, {@code source} or {@code
   * close_date} (an ISO date), a lead's {@code company} or {@code job_title}, or a custom field of
   * the record type as {@code custom.<key>}, its value in the custom field's text form. The field
   * and the value are checked against the rule's record type and the tenant's custom field
   * definitions when the rule is defined.
   *
   * @param field the field's name
   * @param value the new value, 1 to 500 characters of one line
   * @since 0.1
   */
  record SetField(String field, String value) implements RuleAction {
    public SetField {
      requireNonNull(field, "field");
      requireNonNull(value, "value");
      checkArgument(
          !value.isBlank() && value.length() <= 500,
          "field value must be 1 to 500 characters: %s",
          Quoted.of(value));
      TextPolicy.check("field value", value, TextPolicy.Kind.LINE);
    }
  }

  /**
   * Tags the record's contacts: a lead's contact (the one it was converted into, or else the one
   * with its email address), a deal's contacts, a ticket's requester.
   *
   * @param tag the tag
   * @since 0.1
   */
  record AddTag(Tag tag) implements RuleAction {
    public AddTag {
      requireNonNull(tag, "tag");
    }
  }

  /**
   * Adds the record's contacts (as {@link AddTag} finds them) to a static list of the tenant; a
   * contact already on it stays as it is. Lists are crm-scoring's: a CRM without it refuses the
   * rule.
   *
   * @param list the list's name, checked to exist in the tenant when the rule is defined; 1 to 200
   *     characters of one line
   * @since 0.1
   */
  record AddToList(String list) implements RuleAction {
    public AddToList {
      requireNonNull(list, "list");
      checkArgument(
          !list.isBlank() && list.length() <= 200,
          "list name must be 1 to 200 characters: %s",
          Quoted.of(list));
      TextPolicy.check("list name", list, TextPolicy.Kind.LINE);
    }
  }

  /**
   * Enrolls the record's contacts (as {@link AddTag} finds them) in a sequence of the tenant. A
   * contact keeps one open enrollment per sequence: one already active or paused in it is left as
   * it is, so that the action can run any number of times.
   *
   * @param sequence the sequence's name, checked to exist in the tenant when the rule is defined; 1
   *     to 200 characters of one line
   * @since 0.1
   */
  record EnrollInSequence(String sequence) implements RuleAction {
    public EnrollInSequence {
      requireNonNull(sequence, "sequence");
      checkArgument(
          !sequence.isBlank() && sequence.length() <= 200,
          "sequence name must be 1 to 200 characters: %s",
          Quoted.of(sequence));
      TextPolicy.check("sequence name", sequence, TextPolicy.Kind.LINE);
    }
  }

  /**
   * Gives the deal, lead or ticket to a member of a team, as the tenant's assignment rule named
   * {@code rule} decides (see {@link AssignmentRule}).
   *
   * @param rule the assignment rule's name
   * @since 0.1
   */
  record AssignBy(String rule) implements RuleAction {
    public AssignBy {
      RuleNames.name("assignment rule name", rule);
    }
  }

  /**
   * Tells a user through the CRM's {@link io.crmkit.core.spi.Notifier}, with the due item's
   * idempotency key.
   *
   * @param recipient who is told, or null for the record's owner
   * @param message 1 to 500 characters of one line
   * @since 0.1
   */
  record Notify(@Nullable UserId recipient, String message) implements RuleAction {
    public Notify {
      requireNonNull(message, "message");
      checkArgument(
          !message.isBlank() && message.length() <= 500,
          "message must be 1 to 500 characters: %s",
          Quoted.of(message));
      TextPolicy.check("message", message, TextPolicy.Kind.LINE);
    }
  }

  /**
   * Calls the host's {@link io.crmkit.core.spi.WebhookSender} with the hook's name and the due
   * item's idempotency key, by which the receiver drops a repeated call.
   *
   * @param hook the host's name for the endpoint, 1 to 64 characters of an identifier
   * @since 0.1
   */
  record CallWebhook(String hook) implements RuleAction {
    public CallWebhook {
      RuleNames.identifier("hook", hook);
    }
  }

  /**
   * Waits, then continues with the actions after this one: they run as due work of their own, after
   * the condition is checked again on the record as it is then.
   *
   * @param duration one minute to one year
   * @since 0.1
   */
  record Wait(Duration duration) implements RuleAction {
    public Wait {
      requireNonNull(duration, "duration");
      checkArgument(
          duration.compareTo(Duration.ofMinutes(1)) >= 0
              && duration.compareTo(Duration.ofDays(366)) <= 0,
          "wait must be one minute to one year: %s",
          duration);
    }
  }

  /**
   * Hands the record to due work of another kind, such as the enrollment of a contact in a
   * sequence: schedules an item of {@code kind}, due now, whose subject is the record and {@code
   * target}. The kind's performer (registered with {@code CrmBuilder.dueWork}) does the rest; this
   * is how sequences plug into rules.
   *
   * @param kind the due work that takes the record
   * @param target what it is handed to, such as a sequence's name; 1 to 64 characters of an
   *     identifier
   * @since 0.1
   */
  record HandOver(DueKind kind, String target) implements RuleAction {
    public HandOver {
      requireNonNull(kind, "kind");
      RuleNames.identifier("target", target);
    }
  }
}
