package io.crmkit.core.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final BusinessCalendar BERLIN_OFFICE = BusinessCalendar.standard(BERLIN);

  private static Instant at(String localDateTime, ZoneId zone) {
    return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
  }

  private static Instant berlin(String localDateTime) {
    return at(localDateTime, BERLIN);
  }

  private static LocalTime time(String text) {
    return LocalTime.parse(text);
  }

  private static BusinessCalendar.Builder everyDay(ZoneId zone) {
    return BusinessCalendar.builder().zone(zone).workingDays(DayOfWeek.values());
  }

  @Nested
  class Standard {

    @Test
    void worksMondayToFridayFromNineToFive() {
      assertThat(BERLIN_OFFICE.zone()).isEqualTo(BERLIN);
      assertThat(BERLIN_OFFICE.workingDays())
          .containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
      assertThat(BERLIN_OFFICE.hoursOn(MONDAY)).containsExactly(TimeWindow.parse("09:00-17:00"));
      assertThat(BERLIN_OFFICE.hoursOn(SATURDAY)).isEmpty();
      assertThat(BERLIN_OFFICE.holidays()).isEmpty();
    }

    @Test
    void countsTheStartOfTheHoursButNotTheirEndAsWorkingTime() {
      assertThat(BERLIN_OFFICE.isWorkingTime(berlin("2024-03-04T09:00"))).isTrue();
      assertThat(BERLIN_OFFICE.isWorkingTime(berlin("2024-03-04T16:59:59"))).isTrue();
      assertThat(BERLIN_OFFICE.isWorkingTime(berlin("2024-03-04T17:00"))).isFalse();
      assertThat(BERLIN_OFFICE.isWorkingTime(berlin("2024-03-04T08:59:59"))).isFalse();
      assertThat(BERLIN_OFFICE.isWorkingTime(berlin("2024-03-09T11:00"))).isFalse();
    }

    @Test
    void nextWorkingTimeIsTheInstantItselfOrTheNextOpening() {
      assertThat(BERLIN_OFFICE.nextWorkingTime(berlin("2024-03-05T10:30")))
          .isEqualTo(berlin("2024-03-05T10:30"));
      assertThat(BERLIN_OFFICE.nextWorkingTime(berlin("2024-03-05T07:00")))
          .isEqualTo(berlin("2024-03-05T09:00"));
      assertThat(BERLIN_OFFICE.nextWorkingTime(berlin("2024-03-08T17:00")))
          .isEqualTo(berlin("2024-03-11T09:00"));
    }
  }

  @Nested
  class BusinessDays {

    @Test
    void fridayEveningPlusOneBusinessDayIsMondaysClose() {
      assertThat(BERLIN_OFFICE.plusBusinessDays(berlin("2024-03-08T19:30"), 1))
          .isEqualTo(berlin("2024-03-11T17:00"));
    }

    @Test
    void countsFromTheCloseBeforeAStartOutsideHours() {
      Instant mondayClose = berlin("2024-03-11T17:00");

      assertThat(BERLIN_OFFICE.plusBusinessDays(berlin("2024-03-08T17:00"), 1))
          .isEqualTo(mondayClose);
      assertThat(BERLIN_OFFICE.plusBusinessDays(berlin("2024-03-09T11:00"), 1))
          .isEqualTo(mondayClose);
      assertThat(BERLIN_OFFICE.plusBusinessDays(berlin("2024-03-11T07:00"), 1))
          .isEqualTo(mondayClose);
      assertThat(BERLIN_OFFICE.plusBusinessDays(berlin("2024-03-11T09:00"), 1))
          .isEqualTo(berlin("2024-03-12T09:00"));
    }

    @Test
    void keepsTheTimeOfDayOnTheNthWorkingDay() {
      Instant tuesday = berlin("2024-03-05T10:30");

      assertThat(BERLIN_OFFICE.plusBusinessDays(tuesday, 3)).isEqualTo(berlin("2024-03-08T10:30"));
      assertThat(BERLIN_OFFICE.plusBusinessDays(tuesday, 5)).isEqualTo(berlin("2024-03-12T10:30"));
    }

    @Test
    void zeroBusinessDaysIsTheNextWorkingTime() {
      assertThat(BERLIN_OFFICE.plusBusinessDays(berlin("2024-03-08T19:30"), 0))
          .isEqualTo(berlin("2024-03-11T09:00"));
      assertThat(BERLIN_OFFICE.plusBusinessDays(berlin("2024-03-05T10:30"), 0))
          .isEqualTo(berlin("2024-03-05T10:30"));
    }

    @Test
    void skipsHolidaysAcrossTheYearEnd() {
      BusinessCalendar calendar =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .workingDays(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
              .hours(time("09:00"), time("17:00"))
              .holidays(
                  List.of(
                      LocalDate.of(2024, 12, 24),
                      LocalDate.of(2024, 12, 25),
                      LocalDate.of(2024, 12, 26),
                      LocalDate.of(2024, 12, 31)))
              .holiday(LocalDate.of(2025, 1, 1))
              .build();
      Instant monday = berlin("2024-12-23T14:00");

      assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 25))).isFalse();
      assertThat(calendar.isWorkingDay(LocalDate.of(2024, 12, 27))).isTrue();
      assertThat(calendar.plusBusinessDays(monday, 1)).isEqualTo(berlin("2024-12-27T14:00"));
      assertThat(calendar.plusBusinessDays(monday, 2)).isEqualTo(berlin("2024-12-30T14:00"));
      assertThat(calendar.plusBusinessDays(monday, 3)).isEqualTo(berlin("2025-01-02T14:00"));
      assertThat(calendar.businessTimeBetween(monday, berlin("2025-01-02T14:00")))
          .isEqualTo(Duration.ofHours(3 * 8));
    }

    @Test
    void movesTheTimeOfDayIntoShorterHours() {
      BusinessCalendar calendar =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .workingDays(MONDAY, TUESDAY, WEDNESDAY, THURSDAY)
              .hours(time("09:00"), time("17:00"))
              .hours(FRIDAY, time("09:00"), time("14:00"))
              .hours(SATURDAY, time("10:00"), time("13:00"))
              .build();

      assertThat(calendar.workingDays())
          .containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY);
      assertThat(calendar.hoursOn(FRIDAY)).containsExactly(TimeWindow.parse("09:00-14:00"));
      assertThat(calendar.plusBusinessDays(berlin("2024-03-07T16:00"), 1))
          .as("after Friday's hours: back to their end")
          .isEqualTo(berlin("2024-03-08T14:00"));
      assertThat(calendar.plusBusinessDays(berlin("2024-03-08T09:30"), 1))
          .as("before Saturday's hours: on to their start")
          .isEqualTo(berlin("2024-03-09T10:00"));
      assertThat(calendar.plusBusinessDays(berlin("2024-03-08T15:00"), 1))
          .as("from Friday's close")
          .isEqualTo(berlin("2024-03-09T13:00"));
    }

    @Test
    void tenThousandBusinessDaysAgreeWithCountingDayByDay() {
      List<LocalDate> holidays = new ArrayList<>();
      for (int year = 2024; year <= 2070; year++) {
        holidays.add(LocalDate.of(year, 1, 1));
        holidays.add(LocalDate.of(year, 12, 25));
        holidays.add(LocalDate.of(year, 12, 26));
      }
      BusinessCalendar calendar =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .workingDays(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
              .hours(time("09:00"), time("17:00"))
              .holidays(holidays)
              .build();
      LocalDate day = LocalDate.of(2024, 3, 5);
      for (int counted = 0; counted < 10_000; ) {
        day = day.plusDays(1);
        if (day.getDayOfWeek().getValue() <= 5 && !holidays.contains(day)) {
          counted++;
        }
      }
      Instant start = berlin("2024-03-05T10:30");
      Instant expected = day.atTime(10, 30).atZone(BERLIN).toInstant();

      assertThat(calendar.plusBusinessDays(start, 10_000)).isEqualTo(expected);
      assertThat(calendar.plusBusinessTime(start, Duration.ofHours(8L * 10_000)))
          .isEqualTo(expected);
      assertThat(calendar.businessTimeBetween(start, expected))
          .isEqualTo(Duration.ofHours(8L * 10_000));
    }
  }

  @Nested
  class SplitShifts {

    private final BusinessCalendar calendar =
        BusinessCalendar.builder()
            .zone(BERLIN)
            .workingDays(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
            .hours(time("09:00"), time("12:30"))
            .hours(time("13:30"), time("18:00"))
            .build();

    @Test
    void pauseOverLunch() {
      assertThat(calendar.hoursOn(TUESDAY))
          .containsExactly(TimeWindow.parse("09:00-12:30"), TimeWindow.parse("13:30-18:00"));
      assertThat(calendar.isWorkingTime(berlin("2024-03-05T12:45"))).isFalse();
      assertThat(calendar.nextWorkingTime(berlin("2024-03-05T12:45")))
          .isEqualTo(berlin("2024-03-05T13:30"));
      assertThat(calendar.plusBusinessTime(berlin("2024-03-05T12:00"), Duration.ofHours(1)))
          .isEqualTo(berlin("2024-03-05T14:00"));
      assertThat(
              calendar.businessTimeBetween(berlin("2024-03-05T08:00"), berlin("2024-03-05T20:00")))
          .isEqualTo(Duration.ofHours(8));
    }

    @Test
    void aDeadlineInTheLunchBreakMovesBackToTheMorningsEnd() {
      assertThat(calendar.plusBusinessDays(berlin("2024-03-05T12:45"), 1))
          .isEqualTo(berlin("2024-03-06T12:30"));
      assertThat(calendar.plusBusinessDays(berlin("2024-03-05T14:15"), 1))
          .isEqualTo(berlin("2024-03-06T14:15"));
    }

    @Test
    void mergesWindowsThatTouch() {
      BusinessCalendar merged =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .workingDays(MONDAY)
              .hours(time("12:00"), time("17:00"))
              .hours(time("09:00"), time("12:00"))
              .build();

      assertThat(merged.hoursOn(MONDAY)).containsExactly(TimeWindow.parse("09:00-17:00"));
    }
  }

  @Nested
  class BusinessTime {

    @Test
    void aDeadlineAtTheCloseStaysAtTheClose() {
      assertThat(BERLIN_OFFICE.plusBusinessTime(berlin("2024-03-08T16:00"), Duration.ofHours(1)))
          .isEqualTo(berlin("2024-03-08T17:00"));
    }

    @Test
    void pausesOverTheWeekend() {
      Instant friday = berlin("2024-03-08T16:00");

      assertThat(BERLIN_OFFICE.plusBusinessTime(friday, Duration.ofHours(4)))
          .isEqualTo(berlin("2024-03-11T12:00"));
      assertThat(BERLIN_OFFICE.businessTimeBetween(friday, berlin("2024-03-11T12:00")))
          .isEqualTo(Duration.ofHours(4));
    }

    @Test
    void startsOutsideHoursAtTheNextOpening() {
      assertThat(BERLIN_OFFICE.plusBusinessTime(berlin("2024-03-08T17:00"), Duration.ZERO))
          .isEqualTo(berlin("2024-03-11T09:00"));
      assertThat(BERLIN_OFFICE.plusBusinessTime(berlin("2024-03-09T10:00"), Duration.ofMinutes(90)))
          .isEqualTo(berlin("2024-03-11T10:30"));
    }

    @Test
    void twentyFourSevenDeskCountsEveryInstant() {
      BusinessCalendar desk =
          everyDay(NEW_YORK).hours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build();
      Instant start = at("2024-03-09T12:00", NEW_YORK);

      assertThat(desk.plusBusinessTime(start, Duration.ofHours(48)))
          .isEqualTo(start.plus(Duration.ofHours(48)));
      assertThat(desk.plusBusinessDays(start, 1)).isEqualTo(at("2024-03-10T12:00", NEW_YORK));
    }
  }

  @Nested
  class DaylightSaving {

    @Test
    void aNightWindowIsShorterWhenTheClocksGoForwardAndLongerWhenTheyGoBack() {
      BusinessCalendar night = everyDay(BERLIN).hours(time("01:00"), time("03:00")).build();

      assertThat(workingTimeOn(night, LocalDate.of(2024, 3, 30))).isEqualTo(Duration.ofHours(2));
      assertThat(workingTimeOn(night, LocalDate.of(2024, 3, 31))).isEqualTo(Duration.ofHours(1));
      assertThat(workingTimeOn(night, LocalDate.of(2024, 10, 27))).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void bothPassesOfTheRepeatedHourAreWorkingTime() {
      BusinessCalendar night = everyDay(BERLIN).hours(time("01:00"), time("03:00")).build();

      assertThat(night.isWorkingTime(Instant.parse("2024-10-27T00:30:00Z")))
          .as("02:30 summer time")
          .isTrue();
      assertThat(night.isWorkingTime(Instant.parse("2024-10-27T01:30:00Z")))
          .as("02:30 winter time")
          .isTrue();
      assertThat(night.isWorkingTime(Instant.parse("2024-10-27T02:00:00Z")))
          .as("03:00 winter time")
          .isFalse();
    }

    @Test
    void aWindowStartingInTheSkippedHourStartsWhenTheClocksGoForward() {
      BusinessCalendar night = everyDay(BERLIN).hours(time("02:30"), time("04:00")).build();

      assertThat(night.nextWorkingTime(berlin("2024-03-31T00:00")))
          .isEqualTo(berlin("2024-03-31T03:00"));
      assertThat(workingTimeOn(night, LocalDate.of(2024, 3, 31))).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aDeadlineOnADayWhoseHoursAreSkippedMovesToTheNextWorkingDay() {
      BusinessCalendar calendar =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .hours(SUNDAY, time("02:00"), time("02:45"))
              .hours(MONDAY, time("09:00"), time("17:00"))
              .build();
      Instant saturday = berlin("2024-03-30T12:00");

      assertThat(calendar.nextWorkingTime(saturday)).isEqualTo(berlin("2024-04-01T09:00"));
      assertThat(calendar.plusBusinessDays(saturday, 1))
          .as("Sunday 31 March has no hours, so Monday's close")
          .isEqualTo(berlin("2024-04-01T17:00"));
      assertThat(calendar.plusBusinessDays(saturday, 2)).isEqualTo(berlin("2024-04-01T17:00"));
      assertThat(calendar.plusBusinessDays(saturday, 3)).isEqualTo(berlin("2024-04-07T02:45"));
    }

    @Test
    void aQuarterHourBeforeTheClockChangeAddsUpOverYears() {
      BusinessCalendar calendar =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .hours(SUNDAY, time("02:45"), time("03:00"))
              .build();
      Duration amount = Duration.ofHours(100);
      for (LocalDate first = LocalDate.of(2017, 1, 1);
          first.getYear() == 2017;
          first = first.plusWeeks(1)) {
        Duration counted = Duration.ZERO;
        LocalDate sunday = first;
        while (true) {
          // the window opens when the clocks go forward, and takes the repeated hour when they go
          // back
          boolean forward = sunday.getMonthValue() == 3 && sunday.plusWeeks(1).getMonthValue() == 4;
          boolean back = sunday.getMonthValue() == 10 && sunday.plusWeeks(1).getMonthValue() == 11;
          Duration today = Duration.ofMinutes(forward ? 0 : back ? 75 : 15);
          if (counted.plus(today).compareTo(amount) >= 0) {
            break;
          }
          counted = counted.plus(today);
          sunday = sunday.plusWeeks(1);
        }
        Instant expected = berlin(sunday + "T02:45").plus(amount.minus(counted));
        Instant start = first.atStartOfDay(BERLIN).toInstant();

        assertThat(calendar.plusBusinessTime(start, amount))
            .as("from %s", first)
            .isEqualTo(expected);
      }
    }

    @Test
    void businessTimeCarriesOverTheShortNight() {
      BusinessCalendar night = everyDay(BERLIN).hours(time("01:00"), time("03:00")).build();

      assertThat(night.plusBusinessTime(berlin("2024-03-31T00:00"), Duration.ofMinutes(90)))
          .isEqualTo(berlin("2024-04-01T01:30"));
    }

    @Test
    void officeHoursInNewYorkIgnoreTheLostHourOfTheWeekend() {
      BusinessCalendar office = BusinessCalendar.standard(NEW_YORK);
      Instant fridayClose = at("2024-03-08T17:00", NEW_YORK);
      Instant mondayOpening = at("2024-03-11T09:00", NEW_YORK);

      assertThat(Duration.between(fridayClose, mondayOpening)).isEqualTo(Duration.ofHours(63));
      assertThat(office.businessTimeBetween(fridayClose, mondayOpening)).isZero();
      assertThat(office.plusBusinessTime(at("2024-03-08T16:00", NEW_YORK), Duration.ofHours(4)))
          .isEqualTo(Instant.parse("2024-03-11T16:00:00Z"));
      assertThat(office.plusBusinessDays(at("2024-03-08T19:00", NEW_YORK), 1))
          .isEqualTo(Instant.parse("2024-03-11T21:00:00Z"));
      assertThat(office.plusBusinessTime(at("2024-11-01T16:00", NEW_YORK), Duration.ofHours(4)))
          .isEqualTo(Instant.parse("2024-11-04T17:00:00Z"));
    }

    @Test
    void aRoundTheClockDeskHasTwentyThreeAndTwentyFiveHourDays() {
      BusinessCalendar desk =
          everyDay(NEW_YORK).hours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT).build();

      assertThat(workingTimeOn(desk, LocalDate.of(2024, 3, 10))).isEqualTo(Duration.ofHours(23));
      assertThat(workingTimeOn(desk, LocalDate.of(2024, 11, 3))).isEqualTo(Duration.ofHours(25));
    }

    private Duration workingTimeOn(BusinessCalendar calendar, LocalDate date) {
      return calendar.businessTimeBetween(
          date.atStartOfDay(calendar.zone()).toInstant(),
          date.plusDays(1).atStartOfDay(calendar.zone()).toInstant());
    }
  }

  @Nested
  class Validation {

    @Test
    void rejectsOverlappingWindows() {
      BusinessCalendar.Builder builder =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .workingDays(MONDAY)
              .hours(time("09:00"), time("12:30"))
              .hours(time("12:00"), time("18:00"));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("working hours overlap on MONDAY: 09:00-12:30 and 12:00-18:00");
    }

    @Test
    void rejectsOverlapBetweenEveryDayAndOneDayHours() {
      BusinessCalendar.Builder builder =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .workingDays(MONDAY, FRIDAY)
              .hours(time("09:00"), time("17:00"))
              .hours(FRIDAY, time("16:00"), time("19:00"));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("working hours overlap on FRIDAY: 09:00-17:00 and 16:00-19:00");
    }

    @Test
    void rejectsACalendarWithoutWorkingDays() {
      BusinessCalendar.Builder builder =
          BusinessCalendar.builder().zone(BERLIN).hours(time("09:00"), time("17:00"));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a business calendar needs at least one working day with hours");
    }

    @Test
    void rejectsAWorkingDayWithoutHours() {
      BusinessCalendar.Builder builder =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .workingDays(MONDAY, SUNDAY)
              .hours(MONDAY, time("09:00"), time("17:00"));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("working day SUNDAY has no hours: add some with hours(..)");
    }

    @Test
    void rejectsACalendarWithoutZone() {
      BusinessCalendar.Builder builder =
          BusinessCalendar.builder().workingDays(MONDAY).hours(time("09:00"), time("17:00"));

      assertThatThrownBy(builder::build)
          .isInstanceOf(IllegalStateException.class)
          .hasMessage("a business calendar needs a time zone: call zone(ZoneId)");
    }

    @Test
    void rejectsEmptyWindows() {
      assertThatThrownBy(() -> BusinessCalendar.builder().hours(time("09:00"), time("09:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("working hours must start before they end: 09:00-09:00");
      assertThatThrownBy(
              () -> BusinessCalendar.builder().hours(MONDAY, time("17:00"), time("09:00")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("working hours must start before they end: 17:00-09:00");
    }

    @Test
    void rejectsNullsInTheBuilder() {
      BusinessCalendar.Builder builder = BusinessCalendar.builder();

      assertThatThrownBy(() -> builder.zone(null)).hasMessage("zone");
      assertThatThrownBy(() -> builder.workingDays((DayOfWeek[]) null)).hasMessage("working days");
      assertThatThrownBy(() -> builder.workingDays(MONDAY, null)).hasMessage("working day");
      assertThatThrownBy(() -> builder.hours(null, time("17:00")))
          .hasMessage("working hours start");
      assertThatThrownBy(() -> builder.hours(null, time("09:00"), time("17:00"))).hasMessage("day");
      assertThatThrownBy(() -> builder.holiday(null)).hasMessage("holiday");
      assertThatThrownBy(() -> builder.holidays(null)).hasMessage("holidays");
      assertThatThrownBy(() -> builder.holidays(Arrays.asList(LocalDate.of(2024, 1, 1), null)))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("holiday");
    }

    @Test
    void rejectsNegativeAmounts() {
      Instant start = berlin("2024-03-05T10:30");

      assertThatThrownBy(() -> BERLIN_OFFICE.plusBusinessDays(start, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("business days to add must not be negative: -1");
      assertThatThrownBy(() -> BERLIN_OFFICE.plusBusinessTime(start, Duration.ofSeconds(-1)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("business time to add must not be negative: PT-1S");
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
      assertThatThrownBy(
              () ->
                  BERLIN_OFFICE.businessTimeBetween(
                      Instant.parse("2024-03-05T10:00:00Z"), Instant.parse("2024-03-05T09:00:00Z")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "business time needs from before or at to: "
                  + "from 2024-03-05T10:00:00Z, to 2024-03-05T09:00:00Z");
    }

    @Test
    void rejectsNullArguments() {
      Instant start = berlin("2024-03-05T10:30");

      assertThatThrownBy(() -> BERLIN_OFFICE.isWorkingDay(null)).hasMessage("date");
      assertThatThrownBy(() -> BERLIN_OFFICE.isWorkingTime(null)).hasMessage("instant");
      assertThatThrownBy(() -> BERLIN_OFFICE.nextWorkingTime(null)).hasMessage("instant");
      assertThatThrownBy(() -> BERLIN_OFFICE.hoursOn(null)).hasMessage("day");
      assertThatThrownBy(() -> BERLIN_OFFICE.plusBusinessDays(null, 1)).hasMessage("start");
      assertThatThrownBy(() -> BERLIN_OFFICE.plusBusinessTime(start, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("duration");
      assertThatThrownBy(() -> BERLIN_OFFICE.businessTimeBetween(null, start)).hasMessage("from");
      assertThatThrownBy(() -> BERLIN_OFFICE.businessTimeBetween(start, null)).hasMessage("to");
    }
  }

  @Nested
  class Value {

    @Test
    void calendarsWithTheSameRulesAreEqual() {
      BusinessCalendar built =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .workingDays(FRIDAY, MONDAY, TUESDAY, WEDNESDAY, THURSDAY)
              .hours(time("09:00"), time("17:00"))
              .build();

      assertThat(built).isEqualTo(BERLIN_OFFICE).hasSameHashCodeAs(BERLIN_OFFICE);
      assertThat(built).isNotEqualTo(BusinessCalendar.standard(NEW_YORK));
      assertThat(
              BusinessCalendar.builder()
                  .zone(BERLIN)
                  .workingDays(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)
                  .hours(time("09:00"), time("17:00"))
                  .holiday(LocalDate.of(2024, 12, 25))
                  .build())
          .isNotEqualTo(BERLIN_OFFICE);
    }

    @Test
    void listsHolidaysInDateOrderAndKeepsThemToItself() {
      BusinessCalendar calendar =
          BusinessCalendar.builder()
              .zone(BERLIN)
              .workingDays(MONDAY)
              .hours(time("09:00"), time("17:00"))
              .holiday(LocalDate.of(2025, 1, 1))
              .holiday(LocalDate.of(2024, 12, 25))
              .build();

      assertThat(calendar.holidays())
          .containsExactly(LocalDate.of(2024, 12, 25), LocalDate.of(2025, 1, 1));
      assertThatThrownBy(() -> calendar.holidays().add(LocalDate.of(2025, 5, 1)))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> calendar.workingDays().add(SUNDAY))
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void describesItself() {
      assertThat(BusinessCalendar.standard(NEW_YORK).toString())
          .startsWith("BusinessCalendar[America/New_York, {MONDAY=[09:00-17:00], ")
          .endsWith("FRIDAY=[09:00-17:00]}, holidays []]");
    }
  }
}
