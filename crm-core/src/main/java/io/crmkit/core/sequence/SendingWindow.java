package io.crmkit.core.sequence;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The hours of the day, in the recipient's time zone, when a sequence's emails may leave: an email
 * due outside them waits for the next opening.
 *
 * @param from the first minute emails may leave, inclusive
 * @param to the end of the window, exclusive, after {@code from}
 * @param recipientZone the time zone of the sequence's recipients
 * @since 0.1
 */
public record SendingWindow(LocalTime from, LocalTime to, ZoneId recipientZone) {

  /** The whole day in UTC: no window. */
  public static final SendingWindow ANY_TIME =
      new SendingWindow(LocalTime.MIDNIGHT, LocalTime.MAX, ZoneId.of("UTC"));

  /**
   * @throws IllegalArgumentException if {@code to} is not after {@code from}
   */
  public SendingWindow {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(recipientZone, "recipientZone");
    checkArgument(to.isAfter(from), "sending window must end after it starts: %s-%s", from, to);
  }

  /** Returns the window from {@code from} to {@code to} in {@code recipientZone}. */
  public static SendingWindow of(LocalTime from, LocalTime to, ZoneId recipientZone) {
    return new SendingWindow(from, to, recipientZone);
  }

  /** Returns {@code at} if it is inside the window, or else the window's next opening. */
  public Instant nextOpening(Instant at) {
    requireNonNull(at, "at");
    ZonedDateTime local = at.atZone(recipientZone);
    LocalTime time = local.toLocalTime();
    if (!time.isBefore(from) && time.isBefore(to)) {
      return at;
    }
    ZonedDateTime day = time.isBefore(from) ? local : local.plusDays(1);
    return day.with(from).toInstant();
  }

  /** Returns the start of the recipient's day after the one {@code at} falls on. */
  public Instant nextDay(Instant at) {
    return requireNonNull(at, "at")
        .atZone(recipientZone)
        .toLocalDate()
        .plusDays(1)
        .atStartOfDay(recipientZone)
        .toInstant();
  }
}
