package io.crmkit.core.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * A stretch of working hours within one day, such as the morning shift {@code 09:00-12:30}, given
 * in the local time of a {@link BusinessCalendar}.
 *
 * <p>The window starts at {@code from} (inclusive) and ends at {@code to} (exclusive). An end of
 * {@link LocalTime#MIDNIGHT} means the end of the day, so {@code 00:00-00:00} is the whole day and
 * {@code 22:00-00:00} the last two hours of it; it is written {@code 24:00}. A window never spans
 * midnight: a night shift is two windows on consecutive days.
 *
 * @param from the first working instant of the window, never null
 * @param to the end of the window, exclusive, or midnight for the end of the day; never null
 * @since 0.1
 */
public record TimeWindow(LocalTime from, LocalTime to) {

  static final long NANOS_PER_DAY = Duration.ofDays(1).toNanos();

  // "HH:MM:SS.nnnnnnnnn-HH:MM:SS.nnnnnnnnn" is 37 characters: anything longer is not a window
  private static final int MAX_TEXT_LENGTH = 40;
  private static final String END_OF_DAY = "24:00";

  /** Creates a {@code TimeWindow}, checking its components as the type's comment describes. */
  public TimeWindow {
    requireNonNull(from, "working hours start");
    requireNonNull(to, "working hours end");
    checkArgument(
        to.equals(LocalTime.MIDNIGHT) || from.isBefore(to),
        "working hours must start before they end: %s-%s",
        from,
        to);
  }

  /**
   * Returns the window from {@code from} to {@code to}.
   *
   * @param from the start, never null
   * @param to the end, exclusive; {@link LocalTime#MIDNIGHT} for the end of the day; never null
   * @throws IllegalArgumentException if the window is empty or ends before it starts
   */
  public static TimeWindow of(LocalTime from, LocalTime to) {
    return new TimeWindow(from, to);
  }

  /**
   * Parses a window written as {@code HH:MM-HH:MM}, such as {@code 09:00-12:30} or {@code
   * 22:00-24:00}; seconds are allowed, as in {@link LocalTime#parse(CharSequence)}.
   *
   * @param text the window, never null
   * @throws IllegalArgumentException if the text is blank, too long or not a valid window
   */
  public static TimeWindow parse(String text) {
    requireNonNull(text, "working hours text");
    checkArgument(!text.isBlank(), "working hours text must not be blank: %s", Quoted.of(text));
    checkArgument(
        text.length() <= MAX_TEXT_LENGTH,
        "working hours text must be at most %s characters: %s",
        MAX_TEXT_LENGTH,
        Quoted.of(text));
    String trimmed = text.strip();
    int dash = trimmed.indexOf('-');
    checkArgument(dash > 0, "working hours must be written HH:MM-HH:MM: %s", Quoted.of(text));
    try {
      LocalTime from = LocalTime.parse(trimmed.substring(0, dash).strip());
      String end = trimmed.substring(dash + 1).strip();
      LocalTime to = end.equals(END_OF_DAY) ? LocalTime.MIDNIGHT : LocalTime.parse(end);
      return new TimeWindow(from, to);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "working hours must be written HH:MM-HH:MM: " + Quoted.of(text), e);
    }
  }

  /** Returns how long the window lasts on a day without a daylight saving change. */
  public Duration length() {
    return Duration.ofNanos(endNanos() - startNanos());
  }

  /** Returns true if the local time lies in the window. */
  public boolean contains(LocalTime time) {
    requireNonNull(time, "time");
    long nanos = time.toNanoOfDay();
    return nanos >= startNanos() && nanos < endNanos();
  }

  long startNanos() {
    return from.toNanoOfDay();
  }

  /** The end as nanoseconds of the day, where the end of the day is {@link #NANOS_PER_DAY}. */
  long endNanos() {
    return to.equals(LocalTime.MIDNIGHT) ? NANOS_PER_DAY : to.toNanoOfDay();
  }

  /** Returns the window as {@code HH:MM-HH:MM}, the form {@link #parse(String)} reads. */
  @Override
  public String toString() {
    return from + "-" + (to.equals(LocalTime.MIDNIGHT) ? END_OF_DAY : to.toString());
  }
}
