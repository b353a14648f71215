package io.crmkit.core.sequence.internal;

import io.crmkit.core.Page;
import io.crmkit.core.PageRequest;
import io.crmkit.core.sequence.Enrollment;
import io.crmkit.core.sequence.ExitReason;
import io.crmkit.core.timeline.Activity;
import io.crmkit.core.timeline.ActivityDetails;
import io.crmkit.core.timeline.Direction;
import io.crmkit.core.timeline.TimelineService;
import java.util.Optional;

/**
 * Reads a contact's timeline for what ends an enrollment: an inbound email (a reply) or a meeting
 * since the contact was enrolled.
 */
final class ExitSignals {

  private static final int PAGE = 100;

  private ExitSignals() {}

  /** Returns why {@code enrollment} should exit, if its contact's timeline says so. */
  static Optional<ExitReason> read(TimelineService timeline, Enrollment enrollment) {
    PageRequest request = PageRequest.first(PAGE);
    while (true) {
      Page<Activity> page = timeline.forContact(enrollment.contact(), request);
      for (Activity activity : page.items()) {
        // newest first: older activities cannot be answers to this enrollment
        if (activity.occurredAt().isBefore(enrollment.enrolledAt())) {
          return Optional.empty();
        }
        Optional<ExitReason> reason = reasonOf(activity.entry().details());
        if (reason.isPresent()) {
          return reason;
        }
      }
      if (page.nextCursor().isEmpty()) {
        return Optional.empty();
      }
      request = PageRequest.after(page.nextCursor().orElseThrow(), PAGE);
    }
  }

  private static Optional<ExitReason> reasonOf(ActivityDetails details) {
    if (details instanceof ActivityDetails.Email email && email.direction() == Direction.INBOUND) {
      return Optional.of(ExitReason.REPLIED);
    }
    if (details instanceof ActivityDetails.Meeting) {
      return Optional.of(ExitReason.MEETING_BOOKED);
    }
    return Optional.empty();
  }
}
