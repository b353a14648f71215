package io.crmkit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.DayOfWeek;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The working hours of one weekday: windows in time order that neither overlap nor touch, because
 * windows that touch are merged into one.
 */
final class WorkingHours {

  /** The hours of a day off. */
  static final WorkingHours NONE = new WorkingHours(List.of());

  private final List<TimeWindow> windows;
  private final Duration length;

  private WorkingHours(List<TimeWindow> windows) {
    this.windows = ImmutableList.copyOf(windows);
    this.length = windows.stream().map(TimeWindow::length).reduce(Duration.ZERO, Duration::plus);
  }

  /**
   * Returns the hours made of the given windows.
   *
   * @throws IllegalArgumentException if two windows overlap
   */
  static WorkingHours of(DayOfWeek day, List<TimeWindow> windows) {
    List<TimeWindow> sorted = new ArrayList<>(windows);
    sorted.sort(Comparator.comparingLong(TimeWindow::startNanos));
    List<TimeWindow> merged = new ArrayList<>();
    for (TimeWindow next : sorted) {
      if (merged.isEmpty()) {
        merged.add(next);
        continue;
      }
      TimeWindow last = merged.get(merged.size() - 1);
      checkArgument(
          next.startNanos() >= last.endNanos(),
          "working hours overlap on %s: %s and %s",
          day,
          last,
          next);
      if (next.startNanos() == last.endNanos()) {
        merged.set(merged.size() - 1, TimeWindow.of(last.from(), next.to()));
      } else {
        merged.add(next);
      }
    }
    return new WorkingHours(merged);
  }

  List<TimeWindow> windows() {
    return windows;
  }

  boolean isEmpty() {
    return windows.isEmpty();
  }

  /** The working time of the day when no daylight saving change falls on it. */
  Duration length() {
    return length;
  }

  /**
   * Moves a time of day, in nanoseconds from midnight, into these hours: a time inside a window
   * stays; one before the first window moves forward to its start; one in a break or after the last
   * window moves back to the end of the window before it.
   */
  long clamp(long nanoOfDay) {
    long previousEnd = -1;
    for (TimeWindow window : windows) {
      if (nanoOfDay < window.startNanos()) {
        return previousEnd < 0 ? window.startNanos() : previousEnd;
      }
      if (nanoOfDay < window.endNanos()) {
        return nanoOfDay;
      }
      previousEnd = window.endNanos();
    }
    return previousEnd;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WorkingHours hours && windows.equals(hours.windows);
  }

  @Override
  public int hashCode() {
    return windows.hashCode();
  }

  @Override
  public String toString() {
    return windows.toString();
  }
}
