package io.crmkit.spring.boot.internal;

import io.crmkit.core.calendar.BusinessCalendar;
import io.crmkit.core.calendar.TimeWindow;
import io.crmkit.spring.boot.CrmProperties;
import java.time.DayOfWeek;

/** Builds the business calendar that {@code crmkit.calendar.*} describes. */
public final class CalendarSettings {

  private CalendarSettings() {}

  /**
   * Returns the calendar.
   *
   * @throws IllegalArgumentException naming the property whose value is not a calendar's
   */
  public static BusinessCalendar calendar(CrmProperties.Calendar settings) {
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder()
            .zone(settings.getZone())
            .workingDays(settings.getWorkingDays().toArray(DayOfWeek[]::new))
            .holidays(settings.getHolidays());
    for (String text : settings.getHours()) {
      TimeWindow window;
      try {
        window = TimeWindow.parse(text);
      } catch (RuntimeException notAWindow) {
        throw new IllegalArgumentException(
            "crmkit.calendar.hours must be HH:mm-HH:mm windows: '" + text + "'", notAWindow);
      }
      builder.hours(window.from(), window.to());
    }
    try {
      return builder.build();
    } catch (RuntimeException notACalendar) {
      throw new IllegalArgumentException(
          "crmkit.calendar does not describe a business calendar: " + notACalendar.getMessage(),
          notACalendar);
    }
  }
}
