package io.crmkit.core.sequence;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.core.message.TemplateId;
import io.crmkit.core.task.TaskKind;

/**
 * One step of a sales sequence: an automated email, a task for the sender (a manual email, a call,
 * a social touch), or a wait in the sender's business time before the next step.
 *
 * @since 0.1
 */
public sealed interface SequenceStep {

  /** Returns an automated email from {@code template}, sent when the step falls due. */
  static SequenceStep email(TemplateId template) {
    return new Email(template);
  }

  /** Returns a task of {@code kind} titled {@code title} for the sender, due when created. */
  static SequenceStep task(TaskStep.Kind kind, String title) {
    return new TaskStep(kind, title);
  }

  /** Returns a wait of {@code days} business days in the sender's calendar. */
  static SequenceStep waitBusinessDays(int days) {
    return new Wait(days, 0);
  }

  /** Returns a wait of {@code hours} business hours in the sender's calendar. */
  static SequenceStep waitBusinessHours(int hours) {
    return new Wait(0, hours);
  }

  /**
   * An email composed from a stored template and handed to the gateway, if consent allows.
   *
   * @param template the stored template, never null
   */
  record Email(TemplateId template) implements SequenceStep {
    public Email {
      requireNonNull(template, "template");
    }
  }

  /**
   * A task created for the sender, who does the touch by hand.
   *
   * @param kind the kind of touch
   * @param title 1 to 200 characters of one line
   */
  record TaskStep(Kind kind, String title) implements SequenceStep {

    /** The touches a sender does by hand. */
    public enum Kind {
      /** A personal email written by the sender. */
      MANUAL_EMAIL(TaskKind.EMAIL),
      /** A phone call. */
      CALL(TaskKind.CALL),
      /** A touch on a social network. */
      SOCIAL(TaskKind.TODO);

      private final TaskKind taskKind;

      Kind(TaskKind taskKind) {
        this.taskKind = taskKind;
      }

      /** Returns the kind of task it creates. */
      public TaskKind taskKind() {
        return taskKind;
      }
    }

    public TaskStep {
      requireNonNull(kind, "kind");
      requireNonNull(title, "title");
      checkArgument(
          !title.isBlank() && title.length() <= 200,
          "task title must be 1 to 200 characters: %s",
          Quoted.of(title));
      TextPolicy.check("title", title, TextPolicy.Kind.LINE);
    }
  }

  /**
   * A pause before the next step, in the sender's business calendar: either days or hours.
   *
   * @param businessDays 0 to 365
   * @param businessHours 0 to 2,000; exactly one of the two is positive
   */
  record Wait(int businessDays, int businessHours) implements SequenceStep {
    public Wait {
      checkArgument(
          businessDays >= 0 && businessDays <= 365,
          "wait must be 0 to 365 business days: %s",
          businessDays);
      checkArgument(
          businessHours >= 0 && businessHours <= 2_000,
          "wait must be 0 to 2000 business hours: %s",
          businessHours);
      checkArgument(
          (businessDays > 0) != (businessHours > 0),
          "a wait is some business days or some business hours: %s days, %s hours",
          businessDays,
          businessHours);
    }
  }
}
