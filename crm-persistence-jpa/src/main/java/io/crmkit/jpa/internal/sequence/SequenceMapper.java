package io.crmkit.jpa.internal.sequence;

import io.crmkit.core.UserId;
import io.crmkit.core.consent.Purpose;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.message.TemplateId;
import io.crmkit.core.sequence.SendingWindow;
import io.crmkit.core.sequence.Sequence;
import io.crmkit.core.sequence.SequenceDetails;
import io.crmkit.core.sequence.SequenceId;
import io.crmkit.core.sequence.SequenceStep;
import io.crmkit.jpa.internal.Json;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Copies a sequence into its row, and rebuilds it from its row. */
final class SequenceMapper {

  private SequenceMapper() {}

  static void write(Sequence sequence, SequenceEntity row) {
    row.writeTimestamps(sequence.revision());
    row.name = sequence.details().name();
    row.details = Json.write(Details.from(sequence.details()));
  }

  static Sequence read(SequenceEntity row) {
    return Sequence.restore(
        SequenceId.of(row.id()),
        row.tenant(),
        row.revision(),
        Json.read(row.details, Details.class).toDetails(row.name));
  }

  /** The details beyond the name, as a document. */
  record Details(
      List<Step> steps,
      String sender,
      String from,
      boolean businessTime,
      String windowFrom,
      String windowTo,
      String recipientZone,
      int dailyLimit,
      String purpose) {

    static Details from(SequenceDetails details) {
      SendingWindow window = details.window();
      return new Details(
          details.steps().stream().map(Step::from).toList(),
          details.sender().value(),
          details.from().value(),
          details.businessTime(),
          window.from().toString(),
          window.to().toString(),
          window.recipientZone().getId(),
          details.dailyLimit(),
          details.purpose().value());
    }

    SequenceDetails toDetails(String name) {
      return new SequenceDetails(
          name,
          steps.stream().map(Step::toStep).toList(),
          UserId.of(sender),
          EmailAddress.of(from),
          businessTime,
          SendingWindow.of(
              LocalTime.parse(windowFrom), LocalTime.parse(windowTo), ZoneId.of(recipientZone)),
          dailyLimit,
          Purpose.of(purpose));
    }
  }

  /** One step: {@code email} with its template, {@code task} with its kind and title, or a wait. */
  record Step(
      String type,
      @Nullable String template,
      SequenceStep.TaskStep.@Nullable Kind kind,
      @Nullable String title,
      int days,
      int hours) {

    static Step from(SequenceStep step) {
      if (step instanceof SequenceStep.Email email) {
        return new Step("email", email.template().toString(), null, null, 0, 0);
      }
      if (step instanceof SequenceStep.TaskStep task) {
        return new Step("task", null, task.kind(), task.title(), 0, 0);
      }
      SequenceStep.Wait wait = (SequenceStep.Wait) step;
      return new Step("wait", null, null, null, wait.businessDays(), wait.businessHours());
    }

    SequenceStep toStep() {
      return switch (type) {
        case "email" -> SequenceStep.email(TemplateId.parse(requireText(template)));
        case "task" ->
            SequenceStep.task(
                java.util.Objects.requireNonNull(kind, "task kind"), requireText(title));
        case "wait" -> new SequenceStep.Wait(days, hours);
        default -> throw new IllegalStateException("unknown sequence step type: " + type);
      };
    }

    private static String requireText(@Nullable String text) {
      return java.util.Objects.requireNonNull(text, "sequence step text");
    }
  }
}
