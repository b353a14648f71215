package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar month or quarter that deals close in and quotas are set for, such as {@code 2026-03}
 * or {@code 2026-Q1}. An instant falls in a period in a given time zone: a deal won on 31 March at
 * 23:00 UTC closes in April in Berlin.
 *
 * @param unit month or quarter; never null
 * @param year the calendar year, 1 to 9999
 * @param number the month (1 to 12) or quarter (1 to 4) within the year
 * @since 0.1
 */
public record SalesPeriod(PeriodUnit unit, int year, int number)
    implements Comparable<SalesPeriod> {

  private static final Pattern TEXT = Pattern.compile("(\\d{4})-(?:(\\d{2})|Q([1-4]))");
  private static final int MAX_TEXT = 16;
  private static final Comparator<SalesPeriod> ORDER =
      Comparator.comparing(SalesPeriod::start).thenComparing(SalesPeriod::unit);

  /** Creates a {@code SalesPeriod}, checking its components as the type's comment describes. */
  public SalesPeriod {
    requireNonNull(unit, "period unit");
    checkArgument(year >= 1 && year <= 9999, "period year must be 1 to 9999: %s", year);
    int count = 12 / unit.months();
    checkArgument(
        number >= 1 && number <= count,
        "%s number must be 1 to %s: %s",
        unit.name().toLowerCase(java.util.Locale.ROOT),
        count,
        number);
  }

  /** Returns month {@code month} (1 to 12) of {@code year}. */
  public static SalesPeriod month(int year, int month) {
    return new SalesPeriod(PeriodUnit.MONTH, year, month);
  }

  /** Returns quarter {@code quarter} (1 to 4) of {@code year}. */
  public static SalesPeriod quarter(int year, int quarter) {
    return new SalesPeriod(PeriodUnit.QUARTER, year, quarter);
  }

  /** Returns the period of {@code unit} that holds {@code date}. */
  public static SalesPeriod of(LocalDate date, PeriodUnit unit) {
    requireNonNull(date, "date");
    requireNonNull(unit, "period unit");
    return new SalesPeriod(unit, date.getYear(), (date.getMonthValue() - 1) / unit.months() + 1);
  }

  /** Returns the period of {@code unit} that holds {@code instant} in time zone {@code zone}. */
  public static SalesPeriod containing(Instant instant, ZoneId zone, PeriodUnit unit) {
    requireNonNull(instant, "instant");
    requireNonNull(zone, "zone");
    return of(LocalDate.ofInstant(instant, zone), unit);
  }

  /**
   * Returns the period written as {@code 2026-03} (a month) or {@code 2026-Q1} (a quarter).
   *
   * @throws IllegalArgumentException if the text is neither
   */
  public static SalesPeriod parse(String text) {
    requireNonNull(text, "period");
    checkArgument(
        text.length() <= MAX_TEXT, "not a period (2026-03 or 2026-Q1): %s", Quoted.of(text));
    Matcher matcher = TEXT.matcher(text.strip());
    checkArgument(matcher.matches(), "not a period (2026-03 or 2026-Q1): %s", Quoted.of(text));
    int year = Integer.parseInt(matcher.group(1));
    return matcher.group(2) != null
        ? month(year, Integer.parseInt(matcher.group(2)))
        : quarter(year, Integer.parseInt(matcher.group(3)));
  }

  /** Returns the first day of the period. */
  public LocalDate start() {
    return LocalDate.of(year, (number - 1) * unit.months() + 1, 1);
  }

  /** Returns the first day after the period. */
  public LocalDate end() {
    return start().plusMonths(unit.months());
  }

  /** Returns the period of {@code coarser} that holds this one: the quarter of a month. */
  public SalesPeriod within(PeriodUnit coarser) {
    requireNonNull(coarser, "period unit");
    checkArgument(
        coarser.months() >= unit.months(), "a %s does not lie within a %s", unit, coarser);
    return of(start(), coarser);
  }

  @Override
  public int compareTo(SalesPeriod other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return unit == PeriodUnit.MONTH
        ? String.format(java.util.Locale.ROOT, "%04d-%02d", year, number)
        : String.format(java.util.Locale.ROOT, "%04d-Q%d", year, number);
  }
}
