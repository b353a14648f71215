package io.crmkit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * When a team works: a time zone, the working days of the week, the working hours of each of those
 * days (possibly split, such as {@code 09:00-12:30} and {@code 13:30-18:00}) and the holidays.
 *
 * <p>Deadlines such as "call within 3 business days" and SLA clocks such as "respond within 4
 * business hours, paused outside hours" are computed with it. Working hours are local times, so a
 * window that a daylight saving change crosses is shorter or longer on that day: {@code
 * 01:00-03:00} lasts one hour when the clocks skip from 02:00 to 03:00, and three hours when they
 * go back from 03:00 to 02:00. A time of day that the change skips starts (or ends) a window when
 * the change happens; a time that it repeats counts the first time it occurs.
 *
 * <p>A calendar is immutable and thread-safe. Build one with {@link #builder()}, or take {@link
 * #standard(ZoneId)}. The calculations skip whole weeks, so adding 10,000 business days or years of
 * business hours takes about as long as adding a few.
 *
 * @since 0.1
 */
public final class BusinessCalendar {

  private static final LocalTime STANDARD_START = LocalTime.of(9, 0);
  private static final LocalTime STANDARD_END = LocalTime.of(17, 0);

  private final ZoneTimeline timeline;
  private final WorkingWeek week;

  private BusinessCalendar(ZoneTimeline timeline, WorkingWeek week) {
    this.timeline = timeline;
    this.week = week;
  }

  /** Returns a builder for a calendar; it needs a zone and at least one working day with hours. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the calendar of an office that works Monday to Friday, 09:00 to 17:00, without
   * holidays.
   *
   * @param zone the zone of the office, never null
   */
  public static BusinessCalendar standard(ZoneId zone) {
    return builder()
        .zone(zone)
        .workingDays(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY)
        .hours(STANDARD_START, STANDARD_END)
        .build();
  }

  /** Returns the time zone in which the working hours are given. */
  public ZoneId zone() {
    return timeline.zone();
  }

  /** Returns the weekdays with working hours, holidays aside. */
  public Set<DayOfWeek> workingDays() {
    return week.workingDays();
  }

  /**
   * Returns the working hours of the weekday in time order, windows that touch merged; empty for a
   * day off.
   *
   * @param day the weekday, never null
   */
  public List<TimeWindow> hoursOn(DayOfWeek day) {
    requireNonNull(day, "day");
    return week.hoursOn(day).windows();
  }

  /** Returns the holidays in date order. */
  public SortedSet<LocalDate> holidays() {
    return Collections.unmodifiableSortedSet(week.holidays());
  }

  /**
   * Returns true if the date is a working day: a weekday with working hours that is no holiday.
   *
   * @param date the local date, never null
   */
  public boolean isWorkingDay(LocalDate date) {
    requireNonNull(date, "date");
    return week.isWorkingDay(date);
  }

  /**
   * Returns true if the instant lies in the working hours of a working day (the start of a window
   * included, its end excluded).
   *
   * @param instant the instant, never null
   */
  public boolean isWorkingTime(Instant instant) {
    requireNonNull(instant, "instant");
    return periodsOn(timeline.dateOf(instant)).stream().anyMatch(p -> p.contains(instant));
  }

  /**
   * Returns the instant itself if it is working time, else the start of the next window of working
   * hours: when work on something that arrives at that instant can begin.
   *
   * @param instant the instant, never null
   */
  public Instant nextWorkingTime(Instant instant) {
    requireNonNull(instant, "instant");
    LocalDate date = timeline.dateOf(instant);
    for (WorkingPeriod period : periodsOn(date)) {
      if (period.end().isAfter(instant)) {
        return period.start().isAfter(instant) ? period.start() : instant;
      }
    }
    while (true) {
      date = date.plusDays(1);
      List<WorkingPeriod> periods = periodsOn(date);
      if (!periods.isEmpty()) {
        return periods.get(0).start();
      }
    }
  }

  /**
   * Returns the deadline that "within n business days" from {@code start} means: the same time of
   * day on the n-th working day after the start's, moved into that day's working hours.
   *
   * <ul>
   *   <li>A start outside working hours counts from the end of the working hours before it, so a
   *       lead that arrives on Friday evening or on Saturday, with n = 1, is due at Monday's close,
   *       like one that arrived at Friday's close.
   *   <li>A time of day that falls before the target day's first window moves to its start; one
   *       that falls in a break or after its last window moves back to the end of the window before
   *       it. Different hours on different weekdays are respected that way.
   *   <li>If the clocks skip all the hours of that working day (hours inside the hour lost when
   *       daylight saving time starts), the deadline moves on to the next working day.
   *   <li>n = 0 returns {@link #nextWorkingTime(Instant)}.
   * </ul>
   *
   * <p>The result is on a working day (at its very end, that is the next day's start, when its
   * hours run to midnight) and never decreases when {@code start} or {@code n} grows.
   *
   * @param start when the clock starts, never null
   * @param n the number of business days, zero or more
   * @throws IllegalArgumentException if n is negative
   */
  public Instant plusBusinessDays(Instant start, int n) {
    requireNonNull(start, "start");
    checkArgument(n >= 0, "business days to add must not be negative: %s", n);
    if (n == 0) {
      return nextWorkingTime(start);
    }
    TimeOfDay from = workingTimeOfDayAt(start);
    LocalDate target = week.nthWorkingDayAfter(from.date(), n);
    while (periodsOn(target).isEmpty()) {
      target = week.nthWorkingDayAfter(target, 1);
    }
    long nanoOfDay = week.hoursOn(target.getDayOfWeek()).clamp(from.nanoOfDay());
    return timeline.instantAt(target, nanoOfDay);
  }

  /**
   * Returns the instant at which the given amount of working time has passed since {@code start},
   * the clock running only in working hours: the deadline of an SLA. When the amount runs out
   * exactly at the end of a window, that end is returned, not the start of the next window. Zero
   * returns {@link #nextWorkingTime(Instant)}.
   *
   * @param start when the clock starts, never null
   * @param duration the working time to add, zero or more, never null
   * @throws IllegalArgumentException if the duration is negative
   * @throws java.time.DateTimeException if the result lies beyond {@link Instant#MAX}
   */
  public Instant plusBusinessTime(Instant start, Duration duration) {
    requireNonNull(start, "start");
    requireNonNull(duration, "duration");
    checkArgument(
        !duration.isNegative(), "business time to add must not be negative: %s", duration);
    if (duration.isZero()) {
      return nextWorkingTime(start);
    }
    LocalDate date = timeline.dateOf(start);
    Duration remaining = duration;
    for (WorkingPeriod period : periodsOn(date)) {
      Duration available = period.overlap(start, period.end());
      if (available.compareTo(remaining) >= 0) {
        return period.end().minus(available).plus(remaining);
      }
      remaining = remaining.minus(available);
    }
    date = date.plusDays(1);
    while (true) {
      if (remaining.compareTo(week.length().multipliedBy(2)) > 0) {
        // one week short of the target, so that the deadline stays ahead of the jump
        long weeks = remaining.dividedBy(week.length()) - 1;
        Duration worked = workingTimeBetween(date, date.plusWeeks(weeks));
        // clocks going back can add more than a week's hours to the span: try a shorter one
        while (worked.compareTo(remaining) >= 0 && weeks > 1) {
          weeks /= 2;
          worked = workingTimeBetween(date, date.plusWeeks(weeks));
        }
        if (worked.compareTo(remaining) < 0) {
          remaining = remaining.minus(worked);
          date = date.plusWeeks(weeks);
          continue;
        }
      }
      List<WorkingPeriod> periods = periodsOn(date);
      for (WorkingPeriod period : periods) {
        if (period.length().compareTo(remaining) >= 0) {
          return period.start().plus(remaining);
        }
        remaining = remaining.minus(period.length());
      }
      date = date.plusDays(1);
    }
  }

  /**
   * Returns the working time between two instants: how long an SLA clock started at {@code from}
   * has run at {@code to}.
   *
   * @param from the earlier instant, never null
   * @param to the later instant, never null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   */
  public Duration businessTimeBetween(Instant from, Instant to) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    checkArgument(
        !to.isBefore(from), "business time needs from before or at to: from %s, to %s", from, to);
    LocalDate first = timeline.dateOf(from);
    LocalDate last = timeline.dateOf(to);
    if (first.equals(last)) {
      return overlap(periodsOn(first), from, to);
    }
    return overlap(periodsOn(first), from, Instant.MAX)
        .plus(workingTimeBetween(first.plusDays(1), last))
        .plus(overlap(periodsOn(last), Instant.MIN, to));
  }

  /** The working periods of the date, in time order; none on a day off or a holiday. */
  private List<WorkingPeriod> periodsOn(LocalDate date) {
    if (!week.isWorkingDay(date)) {
      return List.of();
    }
    List<WorkingPeriod> periods = new ArrayList<>();
    for (TimeWindow window : week.hoursOn(date.getDayOfWeek()).windows()) {
      Instant start = timeline.instantAt(date, window.startNanos());
      Instant end = timeline.instantAt(date, window.endNanos());
      // a window inside the hour that the clocks skip does not happen that day
      if (start.isBefore(end)) {
        periods.add(new WorkingPeriod(start, end));
      }
    }
    return periods;
  }

  private static Duration overlap(List<WorkingPeriod> periods, Instant from, Instant to) {
    Duration total = Duration.ZERO;
    for (WorkingPeriod period : periods) {
      total = total.plus(period.overlap(from, to));
    }
    return total;
  }

  private Duration workingTimeOn(LocalDate date) {
    return overlap(periodsOn(date), Instant.MIN, Instant.MAX);
  }

  /**
   * The working time of the dates from {@code from} (inclusive) to {@code to} (exclusive). Whole
   * weeks count as a usual week each, corrected on the few dates that differ: holidays and offset
   * changes.
   */
  private Duration workingTimeBetween(LocalDate from, LocalDate to) {
    long weeks = ChronoUnit.WEEKS.between(from, to);
    LocalDate weeksEnd = from.plusWeeks(weeks);
    Duration total = week.length().multipliedBy(weeks);
    NavigableSet<LocalDate> unusual = new TreeSet<>(week.holidaysBetween(from, weeksEnd));
    unusual.addAll(timeline.datesWithOffsetChanges(from, weeksEnd));
    for (LocalDate date : unusual) {
      total = total.plus(workingTimeOn(date)).minus(week.usualLength(date));
    }
    for (LocalDate date = weeksEnd; date.isBefore(to); date = date.plusDays(1)) {
      total = total.plus(workingTimeOn(date));
    }
    return total;
  }

  /**
   * The place of an instant in the working week, as a working date and a time of day within its
   * hours: the instant's own time in working hours, else the end of the working hours before it.
   */
  private TimeOfDay workingTimeOfDayAt(Instant instant) {
    LocalDate date = timeline.dateOf(instant);
    if (week.isWorkingDay(date)) {
      List<TimeWindow> windows = week.hoursOn(date.getDayOfWeek()).windows();
      for (int i = windows.size() - 1; i >= 0; i--) {
        TimeWindow window = windows.get(i);
        if (!instant.isBefore(timeline.instantAt(date, window.endNanos()))) {
          return new TimeOfDay(date, window.endNanos());
        }
        if (!instant.isBefore(timeline.instantAt(date, window.startNanos()))) {
          long nanoOfDay = timeline.nanoOfDay(instant, date);
          return new TimeOfDay(
              date, Math.max(window.startNanos(), Math.min(window.endNanos(), nanoOfDay)));
        }
      }
    }
    LocalDate previous = week.previousWorkingDay(date);
    List<TimeWindow> windows = week.hoursOn(previous.getDayOfWeek()).windows();
    return new TimeOfDay(previous, windows.get(windows.size() - 1).endNanos());
  }

  /** A time of day, in nanoseconds from midnight up to a whole day, on a date. */
  private record TimeOfDay(LocalDate date, long nanoOfDay) {}

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof BusinessCalendar calendar
        && zone().equals(calendar.zone())
        && week.equals(calendar.week);
  }

  @Override
  public int hashCode() {
    return 31 * zone().hashCode() + week.hashCode();
  }

  @Override
  public String toString() {
    Map<DayOfWeek, List<TimeWindow>> hours = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : workingDays()) {
      hours.put(day, hoursOn(day));
    }
    return "BusinessCalendar[" + zone() + ", " + hours + ", holidays " + holidays() + "]";
  }

  /**
   * Collects the zone, working days, hours and holidays of a {@link BusinessCalendar}. A builder is
   * not thread-safe; the calendar it builds is.
   *
   * @since 0.1
   */
  public static final class Builder {

    private @Nullable ZoneId zone;
    private final Set<DayOfWeek> workingDays = EnumSet.noneOf(DayOfWeek.class);
    private final List<TimeWindow> everyDayHours = new ArrayList<>();
    private final Map<DayOfWeek, List<TimeWindow>> dayHours = new EnumMap<>(DayOfWeek.class);
    private final Set<LocalDate> holidays = new HashSet<>();

    private Builder() {}

    /**
     * Sets the time zone in which hours and holidays are given.
     *
     * @param zone the zone, never null
     */
    public Builder zone(ZoneId zone) {
      this.zone = requireNonNull(zone, "zone");
      return this;
    }

    /**
     * Adds working days: each of them gets the hours given with {@link #hours(LocalTime,
     * LocalTime)}, and those given for it with {@link #hours(DayOfWeek, LocalTime, LocalTime)}.
     *
     * @param days the weekdays, none null
     */
    public Builder workingDays(DayOfWeek... days) {
      requireNonNull(days, "working days");
      for (DayOfWeek day : days) {
        workingDays.add(requireNonNull(day, "working day"));
      }
      return this;
    }

    /**
     * Adds a window of working hours to every working day; call it again for a split shift.
     *
     * @param from the start, never null
     * @param to the end, exclusive; {@link LocalTime#MIDNIGHT} for the end of the day; never null
     * @throws IllegalArgumentException if the window is empty
     */
    public Builder hours(LocalTime from, LocalTime to) {
      everyDayHours.add(TimeWindow.of(from, to));
      return this;
    }

    /**
     * Adds a window of working hours to one weekday only, which makes it a working day: the way to
     * give a weekday hours of its own (a short Friday, a Saturday morning).
     *
     * @param day the weekday, never null
     * @param from the start, never null
     * @param to the end, exclusive; {@link LocalTime#MIDNIGHT} for the end of the day; never null
     * @throws IllegalArgumentException if the window is empty
     */
    public Builder hours(DayOfWeek day, LocalTime from, LocalTime to) {
      requireNonNull(day, "day");
      TimeWindow window = TimeWindow.of(from, to);
      dayHours.computeIfAbsent(day, d -> new ArrayList<>()).add(window);
      return this;
    }

    /**
     * Adds a holiday: a date without working hours.
     *
     * @param date the local date, never null
     */
    public Builder holiday(LocalDate date) {
      holidays.add(requireNonNull(date, "holiday"));
      return this;
    }

    /**
     * Adds holidays.
     *
     * @param dates the local dates, none null
     */
    public Builder holidays(Collection<LocalDate> dates) {
      requireNonNull(dates, "holidays");
      for (LocalDate date : dates) {
        holiday(date);
      }
      return this;
    }

    /**
     * Returns the calendar.
     *
     * @throws IllegalStateException if no zone was given
     * @throws IllegalArgumentException if windows of one day overlap, a working day has no hours,
     *     or no day has any
     */
    public BusinessCalendar build() {
      checkState(zone != null, "a business calendar needs a time zone: call zone(ZoneId)");
      Map<DayOfWeek, WorkingHours> hours = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek day : DayOfWeek.values()) {
        List<TimeWindow> windows = new ArrayList<>(dayHours.getOrDefault(day, List.of()));
        if (workingDays.contains(day)) {
          checkArgument(
              !everyDayHours.isEmpty() || !windows.isEmpty(),
              "working day %s has no hours: add some with hours(..)",
              day);
          windows.addAll(everyDayHours);
        }
        if (!windows.isEmpty()) {
          hours.put(day, WorkingHours.of(day, windows));
        }
      }
      return new BusinessCalendar(new ZoneTimeline(zone), new WorkingWeek(hours, holidays));
    }
  }
}
