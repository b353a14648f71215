package io.crmkit.scoring.rules;

import io.crmkit.core.timeline.ActivityId;
import java.time.Instant;
import java.util.Comparator;

/**
 * One activity an engagement rule matched: all a rule needs to remember of it, since its worth
 * depends only on when it happened. The per-contact state of incremental scoring.
 */
record Occurrence(ActivityId activity, Instant occurredAt) {

  /** Oldest first; the id breaks ties so that explanations have one order. */
  static final Comparator<Occurrence> CHRONOLOGICAL =
      Comparator.comparing(Occurrence::occurredAt).thenComparing(Occurrence::activity);
}
