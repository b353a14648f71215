package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class RelativeWindowTests {

  private static final Instant NOW = Instant.parse("2026-03-31T12:00:00Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void countsCalendarUnitsInTheZone() {
    // 14:00 in Berlin, in summer time since 29 March
    assertThat(RelativeWindow.of(1, WindowUnit.MONTHS).start(NOW, BERLIN))
        .isEqualTo(Instant.parse("2026-02-28T13:00:00Z"));
    assertThat(RelativeWindow.of(3, WindowUnit.DAYS).start(NOW, BERLIN))
        .isEqualTo(Instant.parse("2026-03-28T13:00:00Z"));
    assertThat(RelativeWindow.of(3, WindowUnit.HOURS).start(NOW, BERLIN))
        .isEqualTo(Instant.parse("2026-03-31T09:00:00Z"));
  }

  @Test
  void aWindowReachingBackBeforeTheYearOneStartsThere() {
    RelativeWindow longest = RelativeWindow.of(RelativeWindow.MAX_AMOUNT, WindowUnit.MONTHS);

    assertThat(longest.start(NOW, BERLIN)).isEqualTo(Instant.parse("0001-01-01T00:00:00Z"));
    assertThat(longest.startDate(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(1, 1, 1));
    assertThat(RelativeWindow.of(24_301, WindowUnit.MONTHS).startDate(LocalDate.of(2026, 3, 31)))
        .isEqualTo(LocalDate.of(1, 2, 28));
    assertThat(RelativeWindow.of(24_303, WindowUnit.MONTHS).startDate(LocalDate.of(2026, 3, 31)))
        .isEqualTo(LocalDate.of(1, 1, 1));
  }
}
