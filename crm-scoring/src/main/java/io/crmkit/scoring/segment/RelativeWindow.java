package io.crmkit.scoring.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A time window that ends now and reaches back a number of hours, days, weeks or months: "the last
 * 30 days". Both ends are inclusive, so a value later than now is outside the window.
 *
 * <p>Days, weeks and months are calendar units in the evaluation's time zone: the last month seen
 * on 31 March at noon starts on 28 (or 29) February at noon. The methods {@link #start} and {@link
 * #startDate} are the single definition of where a window starts, for the in-memory evaluation and
 * for a database translation alike. A window that would reach back before the year 1 starts at its
 * first instant (midnight UTC on 1 January of the year 1; that day for dates), the earliest point
 * that literals and every supported database share, so that a translation never binds a value the
 * database cannot hold and both evaluations agree.
 *
 * @param amount how many units, 1 to 100,000
 * @param unit the unit, never null
 * @since 0.1
 */
public record RelativeWindow(long amount, WindowUnit unit) {

  /** The largest amount a window may have. */
  public static final long MAX_AMOUNT = 100_000;

  private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
  private static final LocalDate EARLIEST_DATE = LocalDate.of(1, 1, 1);

  /** Creates a {@code RelativeWindow}, checking its components as the type's comment describes. */
  public RelativeWindow {
    requireNonNull(unit, "window unit");
    checkArgument(
        amount >= 1 && amount <= MAX_AMOUNT,
        "window amount must be 1 to %s: %s",
        MAX_AMOUNT,
        amount);
  }

  /** Returns the window of the last {@code amount} units. */
  public static RelativeWindow of(long amount, WindowUnit unit) {
    return new RelativeWindow(amount, unit);
  }

  /** Returns the first instant inside the window that ends at {@code now} in the given zone. */
  public Instant start(Instant now, ZoneId zone) {
    requireNonNull(now, "now");
    requireNonNull(zone, "zone");
    Instant start =
        switch (unit) {
          case HOURS -> now.minusSeconds(amount * 3600);
          case DAYS -> now.atZone(zone).minusDays(amount).toInstant();
          case WEEKS -> now.atZone(zone).minusWeeks(amount).toInstant();
          case MONTHS -> now.atZone(zone).minusMonths(amount).toInstant();
        };
    return start.isBefore(EARLIEST) ? EARLIEST : start;
  }

  /**
   * Returns the first date inside the window that ends on {@code today}, for date fields; a window
   * in hours has no meaning for dates and is rejected.
   */
  public LocalDate startDate(LocalDate today) {
    requireNonNull(today, "today");
    LocalDate start =
        switch (unit) {
          case HOURS ->
              throw new IllegalStateException("a window in hours has no start date: " + this);
          case DAYS -> today.minusDays(amount);
          case WEEKS -> today.minusWeeks(amount);
          case MONTHS -> today.minusMonths(amount);
        };
    return start.isBefore(EARLIEST_DATE) ? EARLIEST_DATE : start;
  }

  @Override
  public String toString() {
    return amount + " " + unit.spelling(amount);
  }
}
