package io.crmkit.core.calendar;

import static io.crmkit.core.calendar.TimeWindow.NANOS_PER_DAY;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The dates and times of day of one time zone placed on the time line, with one rule for the times
 * a daylight saving change skips or repeats, so that every calculation of a calendar agrees on
 * them.
 *
 * <p>Times of day are nanoseconds from midnight, from zero to a whole day, where a whole day is the
 * end of the day: the start of the next one.
 */
final class ZoneTimeline {

  private final ZoneId zone;

  ZoneTimeline(ZoneId zone) {
    this.zone = zone;
  }

  ZoneId zone() {
    return zone;
  }

  /**
   * Returns when the time of day happens on the date. A time that a change skips happens when the
   * change does (so a window in the skipped hour shrinks instead of moving), and a time that a
   * change repeats happens the first time (so that the mapping never goes back in time).
   */
  Instant instantAt(LocalDate date, long nanoOfDay) {
    if (nanoOfDay == NANOS_PER_DAY) {
      return instantAt(date.plusDays(1), 0);
    }
    LocalDateTime local = date.atTime(LocalTime.ofNanoOfDay(nanoOfDay));
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.isEmpty()) {
      return transitionAt(local).getInstant();
    }
    // the offset in force before a change comes first, and gives the earlier instant
    return local.toInstant(offsets.get(0));
  }

  /** Returns when the date begins. */
  Instant startOf(LocalDate date) {
    return instantAt(date, 0);
  }

  /**
   * Returns the date whose day contains the instant, that is from its start (inclusive) to the
   * start of the next date (exclusive). That is the local date except in an hour that a change
   * repeats across midnight.
   */
  LocalDate dateOf(Instant instant) {
    LocalDate date = LocalDate.ofInstant(instant, zone);
    while (!instant.isBefore(startOf(date.plusDays(1)))) {
      date = date.plusDays(1);
    }
    while (instant.isBefore(startOf(date))) {
      date = date.minusDays(1);
    }
    return date;
  }

  /**
   * Returns the time of day of the instant counted from the start of the date, between zero and a
   * whole day. The second time round a repeated hour, the instant is already past the first
   * occurrence of those times, so it takes the time at which the repetition ends: that keeps the
   * time of day growing with the instant.
   */
  long nanoOfDay(Instant instant, LocalDate date) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    LocalDateTime position =
        offsets.size() > 1 && !local.toInstant(offsets.get(0)).equals(instant)
            ? transitionAt(local).getDateTimeBefore()
            : local;
    long nanos = ChronoUnit.NANOS.between(date.atStartOfDay(), position);
    return Math.max(0, Math.min(NANOS_PER_DAY, nanos));
  }

  /**
   * Returns the dates from {@code from} (inclusive) to {@code to} (exclusive) whose working hours
   * may be shorter or longer than usual because the offset changes on them or at their end.
   */
  NavigableSet<LocalDate> datesWithOffsetChanges(LocalDate from, LocalDate to) {
    NavigableSet<LocalDate> dates = new TreeSet<>();
    Instant limit = startOf(to.plusDays(1));
    @Nullable ZoneOffsetTransition change =
        zone.getRules().nextTransition(startOf(from.minusDays(1)));
    while (change != null && change.getInstant().isBefore(limit)) {
      for (LocalDateTime side : List.of(change.getDateTimeBefore(), change.getDateTimeAfter())) {
        LocalDate date = side.toLocalDate();
        // a window ending at midnight ends on the next date's start
        for (LocalDate affected : List.of(date.minusDays(1), date)) {
          if (!affected.isBefore(from) && affected.isBefore(to)) {
            dates.add(affected);
          }
        }
      }
      change = zone.getRules().nextTransition(change.getInstant());
    }
    return dates;
  }

  /** Returns the offset change that skips or repeats the local date-time. */
  private ZoneOffsetTransition transitionAt(LocalDateTime local) {
    return requireNonNull(zone.getRules().getTransition(local), "offset change");
  }
}
