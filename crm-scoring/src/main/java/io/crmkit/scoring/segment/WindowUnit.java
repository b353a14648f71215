package io.crmkit.scoring.segment;

/**
 * The unit of a relative time window such as "the last 30 days".
 *
 * @since 0.1
 */
public enum WindowUnit {
  /** Hours of 60 minutes; not for date fields. */
  HOURS("hour", "hours"),
  /** Calendar days in the reporting zone (a day across a change of clocks is not 24 hours). */
  DAYS("day", "days"),
  /** Calendar weeks of seven days in the reporting zone. */
  WEEKS("week", "weeks"),
  /** Calendar months in the reporting zone, counted back on the calendar. */
  MONTHS("month", "months");

  private final String singular;
  private final String plural;

  WindowUnit(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  /**
   * Returns the unit as the language writes it after the given amount: {@code 1 day}, {@code 2
   * days}.
   */
  public String spelling(long amount) {
    return amount == 1 ? singular : plural;
  }
}
