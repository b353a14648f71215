package io.crmkit.jpa.internal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * The instants a query may hand to the database: the range every supported database stores, into
 * which every instant a query binds is clamped first. The core asks with open bounds ({@link
 * Instant#MIN} for "since ever" in the task agenda) and segments with windows reaching back to the
 * year 1; PostgreSQL refuses an instant before 4713 BC ({@code timestamp out of range}) and MariaDB
 * keeps {@code datetime} values from the year 1000 to 9999 only.
 *
 * <p>No stored instant lies outside the range on MariaDB; a day of margin at each end keeps the
 * bounds inside it in any session time zone. Clamping a bound therefore selects the same rows.
 */
public final class StoredInstants {

  /** The earliest instant a query binds. */
  public static final Instant EARLIEST = Instant.parse("1000-01-02T00:00:00Z");

  /** The latest instant a query binds. */
  public static final Instant LATEST = Instant.parse("9999-12-30T23:59:59.999999Z");

  private StoredInstants() {}

  /** Returns {@code instant} moved into [{@link #EARLIEST}, {@link #LATEST}]. */
  public static Instant bounded(Instant instant) {
    requireNonNull(instant, "instant");
    if (instant.isBefore(EARLIEST)) {
      return EARLIEST;
    }
    return instant.isAfter(LATEST) ? LATEST : instant;
  }
}
