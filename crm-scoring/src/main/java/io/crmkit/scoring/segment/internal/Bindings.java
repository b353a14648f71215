package io.crmkit.scoring.segment.internal;

import io.crmkit.scoring.segment.EvaluationContext;
import io.crmkit.scoring.segment.RelativeWindow;
import io.crmkit.scoring.segment.SegmentResolver;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An evaluation context prepared for one compiled segment: where each of its relative windows
 * starts, worked out once instead of once per subject.
 */
final class Bindings {

  /** A relative window of the compiled segment, on a date field or on instants. */
  record WindowSlot(RelativeWindow window, boolean onDates) {}

  final Instant now;
  final LocalDate today;
  final SegmentResolver resolver;
  private final Instant[] starts;
  private final LocalDate[] startDates;

  Bindings(EvaluationContext context, List<WindowSlot> slots) {
    this.now = context.now();
    this.today = LocalDate.ofInstant(context.now(), context.zone());
    this.resolver = context.resolver();
    this.starts = new Instant[slots.size()];
    this.startDates = new LocalDate[slots.size()];
    for (int i = 0; i < slots.size(); i++) {
      WindowSlot slot = slots.get(i);
      if (slot.onDates()) {
        startDates[i] = slot.window().startDate(today);
      } else {
        starts[i] = slot.window().start(now, context.zone());
      }
    }
  }

  Instant start(int slot) {
    return starts[slot];
  }

  LocalDate startDate(int slot) {
    return startDates[slot];
  }
}
