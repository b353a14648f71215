package io.crmkit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Maps;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The weekly working hours and the holidays of a calendar, reasoned about in dates only: which days
 * are worked and how many working days lie between two dates.
 */
final class WorkingWeek {

  private final Map<DayOfWeek, WorkingHours> hours;
  private final NavigableSet<LocalDate> holidays;
  private final int workingDaysPerWeek;
  private final Duration length;

  /**
   * @param hours the hours of every working weekday, none of them empty, at least one of them
   */
  WorkingWeek(Map<DayOfWeek, WorkingHours> hours, Collection<LocalDate> holidays) {
    checkArgument(
        !hours.isEmpty(), "a business calendar needs at least one working day with hours");
    this.hours = Maps.immutableEnumMap(hours);
    this.holidays = ImmutableSortedSet.copyOf(holidays);
    this.workingDaysPerWeek = hours.size();
    this.length = hours.values().stream().map(WorkingHours::length).reduce(Duration::plus).get();
  }

  boolean isWorkingDay(LocalDate date) {
    return hours.containsKey(date.getDayOfWeek()) && !holidays.contains(date);
  }

  Set<DayOfWeek> workingDays() {
    return hours.keySet();
  }

  /** The hours of the weekday, empty for a day off. */
  WorkingHours hoursOn(DayOfWeek day) {
    return hours.getOrDefault(day, WorkingHours.NONE);
  }

  NavigableSet<LocalDate> holidays() {
    return holidays;
  }

  /** The holidays from {@code from} (inclusive) to {@code to} (exclusive). */
  NavigableSet<LocalDate> holidaysBetween(LocalDate from, LocalDate to) {
    return holidays.subSet(from, true, to, false);
  }

  /** The working time of a week without holidays or daylight saving changes. */
  Duration length() {
    return length;
  }

  /** The working time the weekday of the date has when it is no holiday and no clock changes. */
  Duration usualLength(LocalDate date) {
    return hoursOn(date.getDayOfWeek()).length();
  }

  /** Returns the n-th working day after the date (n >= 1), skipping whole weeks where it can. */
  LocalDate nthWorkingDayAfter(LocalDate date, long n) {
    LocalDate day = date;
    long remaining = n;
    while (remaining > 2L * workingDaysPerWeek) {
      // one week short of the target, so that the n-th working day stays ahead of the jump
      long weeks = remaining / workingDaysPerWeek - 1;
      LocalDate end = day.plusWeeks(weeks);
      long workingDays = weeks * workingDaysPerWeek - workingHolidays(day.plusDays(1), end);
      remaining -= workingDays;
      day = end;
    }
    while (true) {
      day = day.plusDays(1);
      if (isWorkingDay(day) && --remaining == 0) {
        return day;
      }
    }
  }

  /** Returns the last working day before the date. */
  LocalDate previousWorkingDay(LocalDate date) {
    LocalDate day = date.minusDays(1);
    while (!isWorkingDay(day)) {
      day = day.minusDays(1);
    }
    return day;
  }

  /** Counts the holidays from {@code from} to {@code to}, both inclusive, on working weekdays. */
  private long workingHolidays(LocalDate from, LocalDate to) {
    return holidays.subSet(from, true, to, true).stream()
        .filter(holiday -> hours.containsKey(holiday.getDayOfWeek()))
        .count();
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WorkingWeek week
        && hours.equals(week.hours)
        && holidays.equals(week.holidays);
  }

  @Override
  public int hashCode() {
    return 31 * hours.hashCode() + holidays.hashCode();
  }
}
