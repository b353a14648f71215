package io.crmkit.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class TimeWindowTests {

  @Test
  void parsesHoursAndMinutes() {
    TimeWindow morning = TimeWindow.parse("09:00-12:30");

    assertThat(morning.from()).isEqualTo(LocalTime.of(9, 0));
    assertThat(morning.to()).isEqualTo(LocalTime.of(12, 30));
    assertThat(morning.length()).isEqualTo(Duration.ofMinutes(210));
    assertThat(morning).hasToString("09:00-12:30");
  }

  @Test
  void readsTwentyFourHundredAsTheEndOfTheDay() {
    TimeWindow evening = TimeWindow.parse(" 22:00 - 24:00 ");

    assertThat(evening).isEqualTo(TimeWindow.of(LocalTime.of(22, 0), LocalTime.MIDNIGHT));
    assertThat(evening.length()).isEqualTo(Duration.ofHours(2));
    assertThat(evening).hasToString("22:00-24:00");
  }

  @Test
  void wholeDayRunsFromMidnightToMidnight() {
    TimeWindow day = TimeWindow.of(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    assertThat(day.length()).isEqualTo(Duration.ofDays(1));
    assertThat(day.contains(LocalTime.MIDNIGHT)).isTrue();
    assertThat(day.contains(LocalTime.MAX)).isTrue();
  }

  @Test
  void containsItsStartButNotItsEnd() {
    TimeWindow window = TimeWindow.parse("09:00-17:00");

    assertThat(window.contains(LocalTime.of(9, 0))).isTrue();
    assertThat(window.contains(LocalTime.of(16, 59, 59))).isTrue();
    assertThat(window.contains(LocalTime.of(17, 0))).isFalse();
    assertThat(window.contains(LocalTime.of(8, 59))).isFalse();
  }

  @Test
  void rejectsEmptyAndBackwardWindows() {
    assertThatThrownBy(() -> TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working hours must start before they end: 09:00-09:00");
    assertThatThrownBy(() -> TimeWindow.of(LocalTime.of(18, 0), LocalTime.of(9, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working hours must start before they end: 18:00-09:00");
  }

  @Test
  void rejectsNullTimes() {
    assertThatThrownBy(() -> TimeWindow.of(null, LocalTime.NOON))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("working hours start");
    assertThatThrownBy(() -> TimeWindow.of(LocalTime.NOON, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("working hours end");
  }

  @Test
  void rejectsNullBlankOverlongAndMalformedText() {
    assertThatThrownBy(() -> TimeWindow.parse(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("working hours text");
    assertThatThrownBy(() -> TimeWindow.parse("  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working hours text must not be blank: '  '");
    String overlong = "09:00:00.000000000-17:00:00.000000000   ";
    assertThatThrownBy(() -> TimeWindow.parse(overlong + "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working hours text must be at most 40 characters: '" + overlong + "x'");
    assertThatThrownBy(() -> TimeWindow.parse("9 to 5"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working hours must be written HH:MM-HH:MM: '9 to 5'");
    assertThatThrownBy(() -> TimeWindow.parse("09:00-25:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working hours must be written HH:MM-HH:MM: '09:00-25:00'");
    assertThatThrownBy(() -> TimeWindow.parse("-17:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working hours must be written HH:MM-HH:MM: '-17:00'");
    assertThatThrownBy(() -> TimeWindow.parse("17:00-09:00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working hours must start before they end: 17:00-09:00");
  }

  @Test
  void parsesWhatItPrints() {
    long nanosPerDay = Duration.ofDays(1).toNanos();
    qt().forAll(longs().between(0, nanosPerDay - 1), longs().between(1, nanosPerDay))
        .checkAssert(
            (a, b) -> {
              long start = Math.min(a, b - 1);
              long end = Math.max(a + 1, b);
              LocalTime to = end == nanosPerDay ? LocalTime.MIDNIGHT : LocalTime.ofNanoOfDay(end);
              TimeWindow window = TimeWindow.of(LocalTime.ofNanoOfDay(start), to);
              assertThat(TimeWindow.parse(window.toString())).isEqualTo(window);
              assertThat(window.length()).isEqualTo(Duration.ofNanos(end - start));
            });
  }
}
