package io.crmkit.core.ticket;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.TeamId;
import io.crmkit.core.UserId;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What an SLA policy does when one of its targets reaches its warning or is breached: reassign the
 * ticket, raise its priority, notify someone, or create a task.
 *
 * @param when on the warning or on the breach
 * @param metric the target it watches, or null for every target of the policy
 * @param action what it does
 * @since 0.1
 */
public record Escalation(Trigger when, @Nullable SlaMetric metric, Action action) {

  public Escalation {
    requireNonNull(when, "when");
    requireNonNull(action, "action");
  }

  /** Returns the escalation that does {@code action} when any target is breached. */
  public static Escalation onBreach(Action action) {
    return new Escalation(Trigger.BREACH, null, action);
  }

  /** Returns the escalation that does {@code action} when any target reaches its warning. */
  public static Escalation onWarning(Action action) {
    return new Escalation(Trigger.WARNING, null, action);
  }

  /** Returns whether it acts on {@code trigger} of {@code target}. */
  public boolean appliesTo(Trigger trigger, SlaMetric target) {
    return when == trigger && (metric == null || metric == target);
  }

  /**
   * The moment of a target an escalation acts on.
   *
   * @since 0.1
   */
  public enum Trigger {
    /** A configured share of the target has elapsed. */
    WARNING,
    /** The target has passed. */
    BREACH
  }

  /**
   * What an escalation does.
   *
   * @since 0.1
   */
  public sealed interface Action {}

  /**
   * Gives the ticket to {@code assignee} in {@code team}.
   *
   * @param assignee the new assignee, or null for nobody
   * @param team the new team, or null to keep the ticket's team
   */
  public record Reassign(@Nullable UserId assignee, @Nullable TeamId team) implements Action {}

  /** Raises the ticket's priority by one step, up to urgent. */
  public record RaisePriority() implements Action {}

  /**
   * Tells {@code recipient} through the CRM's {@link io.crmkit.core.spi.Notifier}.
   *
   * @param recipient who is told; null for the ticket's assignee (nobody if it has none)
   */
  public record Notify(@Nullable UserId recipient) implements Action {}

  /**
   * Creates a task about the ticket.
   *
   * @param title the task's title, 1 to 500 characters of one line
   * @param assignee who is to do it; null for the ticket's assignee, else the acting user
   * @param dueIn how long after the escalation the task is due, not negative
   */
  public record CreateTask(String title, @Nullable UserId assignee, Duration dueIn)
      implements Action {
    public CreateTask {
      requireNonNull(title, "title");
      requireNonNull(dueIn, "dueIn");
      checkArgument(
          !title.isBlank() && title.length() <= 500,
          "task title must be 1 to 500 characters: %s",
          Quoted.of(title));
      TextPolicy.check("task title", title, TextPolicy.Kind.LINE);
      checkArgument(!dueIn.isNegative(), "task due time must not be negative: %s", dueIn);
    }
  }
}
