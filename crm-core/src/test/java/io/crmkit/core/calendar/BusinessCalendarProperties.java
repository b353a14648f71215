package io.crmkit.core.calendar;

import static io.crmkit.core.calendar.CalendarGenerators.calendars;
import static io.crmkit.core.calendar.CalendarGenerators.daytimeCalendars;
import static io.crmkit.core.calendar.CalendarGenerators.durations;
import static io.crmkit.core.calendar.CalendarGenerators.instants;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BusinessCalendarProperties {

  private static final Duration NANO = Duration.ofNanos(1);

  /** Gaps between two instants: mostly within a day, sometimes a month. */
  private static Gen<Duration> gaps() {
    Gen<Duration> withinADay =
        longs().between(0, 86_400).map(seconds -> Duration.ofSeconds(seconds));
    Gen<Duration> withinAMonth =
        longs().between(0, 86_400L * 31).map(seconds -> Duration.ofSeconds(seconds));
    return withinADay.mix(withinAMonth);
  }

  @Test
  void plusBusinessDaysLandsOnAWorkingDayInsideWorkingHours() {
    qt().forAll(calendars(), instants(), integers().between(0, 400))
        .checkAssert(
            (calendar, start, n) -> {
              Instant due = calendar.plusBusinessDays(start, n);
              assertThat(isWorkingTimeOrEndOfWindow(calendar, due))
                  .as("%s + %s business days = %s in %s", start, n, due, calendar)
                  .isTrue();
              // a deadline at the end of a window that runs to midnight is the next day's start
              Instant onTheDay = calendar.isWorkingTime(due) ? due : due.minus(NANO);
              LocalDate day = LocalDate.ofInstant(onTheDay, calendar.zone());
              assertThat(calendar.isWorkingDay(day)).as("working day %s", day).isTrue();
            });
  }

  @Test
  void plusBusinessDaysNeverDecreasesWhenTheStartGrows() {
    qt().forAll(calendars(), instants(), gaps(), integers().between(0, 400))
        .checkAssert(
            (calendar, start, gap, n) -> {
              Instant later = start.plus(gap);
              assertThat(calendar.plusBusinessDays(later, n))
                  .as("%s and %s + %s business days in %s", start, later, n, calendar)
                  .isAfterOrEqualTo(calendar.plusBusinessDays(start, n));
            });
  }

  @Test
  void plusBusinessDaysNeverDecreasesWhenNGrows() {
    qt().forAll(calendars(), instants(), integers().between(0, 400), integers().between(0, 400))
        .checkAssert(
            (calendar, start, n, more) -> {
              Instant sooner = calendar.plusBusinessDays(start, n);
              Instant later = calendar.plusBusinessDays(start, n + more);
              assertThat(later)
                  .as("%s + %s and + %s business days in %s", start, n, n + more, calendar)
                  .isAfterOrEqualTo(sooner);
              if (more > 0) {
                assertThat(later).isAfter(sooner);
              }
            });
  }

  @Test
  void businessTimeBetweenGivesBackTheBusinessTimeAdded() {
    qt().forAll(calendars(), instants(), durations())
        .checkAssert(
            (calendar, start, duration) -> {
              Instant due = calendar.plusBusinessTime(start, duration);
              assertThat(calendar.businessTimeBetween(start, due))
                  .as("%s + %s = %s in %s", start, duration, due, calendar)
                  .isEqualTo(duration);
            });
  }

  @Test
  void plusBusinessTimeEndsAtTheFirstInstantWithThatMuchBusinessTime() {
    qt().forAll(calendars(), instants(), durations().map(duration -> duration.plus(NANO)))
        .checkAssert(
            (calendar, start, duration) -> {
              Instant due = calendar.plusBusinessTime(start, duration);
              assertThat(isWorkingTimeOrEndOfWindow(calendar, due))
                  .as("%s + %s = %s in %s", start, duration, due, calendar)
                  .isTrue();
              assertThat(calendar.businessTimeBetween(start, due.minus(NANO)))
                  .isEqualTo(duration.minus(NANO));
            });
  }

  @Test
  void plusBusinessTimeOfZeroIsTheNextWorkingTime() {
    qt().forAll(calendars(), instants())
        .checkAssert(
            (calendar, start) -> {
              Instant next = calendar.plusBusinessTime(start, Duration.ZERO);
              assertThat(next).isEqualTo(calendar.nextWorkingTime(start));
              assertThat(calendar.isWorkingTime(next)).as("%s in %s", next, calendar).isTrue();
              assertThat(calendar.businessTimeBetween(start, next)).isZero();
              if (calendar.isWorkingTime(start)) {
                assertThat(next).isEqualTo(start);
              }
            });
  }

  @Test
  void businessTimeBetweenAddsUpOverConsecutiveSpans() {
    qt().forAll(calendars(), instants(), durations(), durations())
        .checkAssert(
            (calendar, a, first, second) -> {
              Instant b = a.plus(first);
              Instant c = b.plus(second);
              assertThat(calendar.businessTimeBetween(a, c))
                  .as("%s, %s, %s in %s", a, b, c, calendar)
                  .isEqualTo(
                      calendar.businessTimeBetween(a, b).plus(calendar.businessTimeBetween(b, c)));
            });
  }

  @Test
  void businessTimeBetweenCountsTheWorkingMinutes() {
    qt().withExamples(200)
        .forAll(daytimeCalendars(), instants(), longs().between(0, 60L * 24 * 5))
        .checkAssert(
            (calendar, start, minutes) -> {
              Instant from = start.truncatedTo(ChronoUnit.MINUTES);
              Instant to = from.plus(Duration.ofMinutes(minutes));
              long working = 0;
              for (Instant minute = from; minute.isBefore(to); minute = minute.plusSeconds(60)) {
                if (worksAt(calendar, minute)) {
                  working++;
                }
              }
              assertThat(calendar.businessTimeBetween(from, to))
                  .as("%s to %s in %s", from, to, calendar)
                  .isEqualTo(Duration.ofMinutes(working));
            });
  }

  @Test
  void isWorkingTimeFollowsTheLocalHoursOfWorkingDays() {
    qt().forAll(daytimeCalendars(), instants())
        .checkAssert(
            (calendar, instant) ->
                assertThat(calendar.isWorkingTime(instant))
                    .as("%s in %s", instant, calendar)
                    .isEqualTo(worksAt(calendar, instant)));
  }

  @Test
  void businessTimeOverDecadesIsTheSumOfItsDays() {
    qt().withExamples(100)
        .forAll(daytimeCalendars(), longs().between(0, 3000), longs().between(0, 15_000))
        .checkAssert(
            (calendar, offset, days) -> {
              LocalDate first = CalendarGenerators.FIRST_DAY.plusDays(offset);
              LocalDate end = first.plusDays(days);
              Duration expected = Duration.ZERO;
              for (LocalDate day = first; day.isBefore(end); day = day.plusDays(1)) {
                expected = expected.plus(workingTimeOn(calendar, day));
              }
              Instant from = first.atStartOfDay(calendar.zone()).toInstant();
              Instant to = end.atStartOfDay(calendar.zone()).toInstant();
              assertThat(calendar.businessTimeBetween(from, to))
                  .as("%s to %s in %s", first, end, calendar)
                  .isEqualTo(expected);
            });
  }

  @Test
  void plusBusinessDaysFromWorkingTimeKeepsTheTimeOfDayOnTheNthWorkingDay() {
    qt().withExamples(200)
        .forAll(daytimeCalendars(), instants(), integers().between(1, 12_000))
        .checkAssert(
            (calendar, instant, n) -> {
              Instant start = calendar.nextWorkingTime(instant);
              ZonedDateTime local = start.atZone(calendar.zone());
              LocalDate day = local.toLocalDate();
              for (int counted = 0; counted < n; ) {
                day = day.plusDays(1);
                if (calendar.isWorkingDay(day)) {
                  counted++;
                }
              }
              LocalTime time = clamp(calendar, day, local.toLocalTime());
              assertThat(calendar.plusBusinessDays(start, n))
                  .as("%s + %s business days in %s", start, n, calendar)
                  .isEqualTo(ZonedDateTime.of(day, time, calendar.zone()).toInstant());
            });
  }

  private static boolean isWorkingTimeOrEndOfWindow(BusinessCalendar calendar, Instant instant) {
    return calendar.isWorkingTime(instant)
        || calendar.businessTimeBetween(instant.minus(NANO), instant).equals(NANO);
  }

  /** Whether the calendar works at the instant, read off its hours the plain way. */
  private static boolean worksAt(BusinessCalendar calendar, Instant instant) {
    ZonedDateTime local = instant.atZone(calendar.zone());
    return calendar.isWorkingDay(local.toLocalDate())
        && calendar.hoursOn(local.getDayOfWeek()).stream()
            .anyMatch(window -> window.contains(local.toLocalTime()));
  }

  private static Duration workingTimeOn(BusinessCalendar calendar, LocalDate day) {
    if (!calendar.isWorkingDay(day)) {
      return Duration.ZERO;
    }
    Duration total = Duration.ZERO;
    for (TimeWindow window : calendar.hoursOn(day.getDayOfWeek())) {
      total =
          total.plus(
              Duration.between(
                  ZonedDateTime.of(day, window.from(), calendar.zone()),
                  ZonedDateTime.of(day, window.to(), calendar.zone())));
    }
    return total;
  }

  /** The time of day moved into the day's hours, the way plusBusinessDays documents it. */
  private static LocalTime clamp(BusinessCalendar calendar, LocalDate day, LocalTime time) {
    LocalTime previousEnd = null;
    for (TimeWindow window : calendar.hoursOn(day.getDayOfWeek())) {
      if (time.isBefore(window.from())) {
        return previousEnd == null ? window.from() : previousEnd;
      }
      if (window.contains(time)) {
        return time;
      }
      previousEnd = window.to();
    }
    return previousEnd;
  }
}
