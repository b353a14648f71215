package io.crmkit.core.calendar;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.quicktheories.core.Gen;

/** Generators of calendars, instants and durations for the calendar properties. */
final class CalendarGenerators {

  static final LocalDate FIRST_DAY = LocalDate.of(2017, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 1);

  /**
   * Zones with daylight saving changes at night (Sao Paulo and Santiago change at midnight, Lord
   * Howe by half an hour, Sydney in the southern summer) and zones without.
   */
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Australia/Sydney"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("UTC"));

  private static final int QUARTERS_PER_DAY = 96;

  private CalendarGenerators() {}

  /** Calendars whose hours may start at midnight, run to midnight and cross clock changes. */
  static Gen<BusinessCalendar> calendars() {
    return calendars(0, QUARTERS_PER_DAY);
  }

  /**
   * Calendars whose hours lie between 06:00 and 22:00, where no clock change of {@link #ZONES}
   * falls, so that a local time of day is never ambiguous in them.
   */
  static Gen<BusinessCalendar> daytimeCalendars() {
    return calendars(24, 88);
  }

  private static Gen<BusinessCalendar> calendars(int firstQuarter, int lastQuarter) {
    Gen<List<TimeWindow>> day = dayHours(firstQuarter, lastQuarter);
    return arbitrary()
        .pick(ZONES)
        .zip(lists().of(day).ofSize(7), holidays(), CalendarGenerators::calendar);
  }

  private static BusinessCalendar calendar(
      ZoneId zone, List<List<TimeWindow>> week, List<LocalDate> holidays) {
    BusinessCalendar.Builder builder = BusinessCalendar.builder().zone(zone).holidays(holidays);
    boolean anyHours = false;
    for (DayOfWeek day : DayOfWeek.values()) {
      for (TimeWindow window : week.get(day.ordinal())) {
        builder.hours(day, window.from(), window.to());
        anyHours = true;
      }
    }
    if (!anyHours) {
      builder.hours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
    }
    return builder.build();
  }

  /**
   * One to three windows on quarter hours, or none for a day off. Short windows in the night may
   * lie wholly in an hour that the clocks skip.
   */
  private static Gen<List<TimeWindow>> dayHours(int firstQuarter, int lastQuarter) {
    return lists()
        .of(integers().between(firstQuarter, lastQuarter))
        .ofSizeBetween(0, 6)
        .map(
            points -> {
              List<Integer> sorted = new ArrayList<>(new TreeSet<>(points));
              List<TimeWindow> windows = new ArrayList<>();
              for (int i = 0; i + 1 < sorted.size(); i += 2) {
                windows.add(TimeWindow.of(quarter(sorted.get(i)), quarter(sorted.get(i + 1))));
              }
              return windows;
            });
  }

  private static LocalTime quarter(int quarter) {
    return quarter == QUARTERS_PER_DAY
        ? LocalTime.MIDNIGHT
        : LocalTime.ofSecondOfDay(quarter * 900L);
  }

  private static Gen<List<LocalDate>> holidays() {
    long days = ChronoUnit.DAYS.between(FIRST_DAY, LAST_DAY);
    return lists()
        .of(longs().between(0, days).map(offset -> FIRST_DAY.plusDays(offset)))
        .ofSizeBetween(0, 200);
  }

  /** Instants between 2017 and 2026, often on a quarter hour, where windows start and end. */
  static Gen<Instant> instants() {
    long first = FIRST_DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    long last = LAST_DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    Gen<Instant> anySecond =
        longs().between(first, last).map(second -> Instant.ofEpochSecond(second));
    Gen<Instant> quarterHours =
        longs().between(first / 900, last / 900).map(q -> Instant.ofEpochSecond(q * 900));
    return anySecond.mix(quarterHours);
  }

  /**
   * Durations from zero to a year, mostly short ones: a year of business time is three years of
   * office hours, and centuries for a calendar with a quarter of an hour a week.
   */
  static Gen<Duration> durations() {
    Gen<Duration> upToTwoWeeks =
        longs().between(0, 60L * 24 * 14).map(minutes -> Duration.ofMinutes(minutes));
    Gen<Duration> upToAYear =
        longs().between(0, 3600L * 24 * 365).map(seconds -> Duration.ofSeconds(seconds));
    return upToTwoWeeks.mix(upToAYear);
  }
}
