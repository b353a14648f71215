package io.crmkit.scoring.rules;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.internal.Quoted;
import java.util.Comparator;

/**
 * A lead's grade: a fit letter from {@code A} (best profile) to {@code D} combined with an
 * engagement number from {@code 1} (most engaged) to {@code 4}, written {@code A1} ... {@code D4}.
 *
 * @param fit the fit letter, {@code A} to {@code D}
 * @param engagement the engagement number, 1 to 4
 * @since 0.1
 */
public record Grade(char fit, int engagement) implements Comparable<Grade> {

  private static final Comparator<Grade> ORDER =
      Comparator.comparing(Grade::fit).thenComparingInt(Grade::engagement);

  /** Creates a {@code Grade}, checking its components as the type's comment describes. */
  public Grade {
    checkArgument(
        fit >= 'A' && fit <= 'D', "fit grade must be a letter from A to D: %s", Quoted.of(fit));
    checkArgument(
        engagement >= 1 && engagement <= 4,
        "engagement grade must be a number from 1 to 4: %s",
        engagement);
  }

  /** The sixteen grades, {@code A1} to {@code D4}, so that grading a score allocates none. */
  private static final Grade[] ALL = new Grade[16];

  static {
    for (int i = 0; i < ALL.length; i++) {
      ALL[i] = new Grade((char) ('A' + i / 4), 1 + i % 4);
    }
  }

  /** Returns the grade with fit letter {@code fit} and engagement number {@code engagement}. */
  public static Grade of(char fit, int engagement) {
    if (fit >= 'A' && fit <= 'D' && engagement >= 1 && engagement <= 4) {
      return ALL[(fit - 'A') * 4 + engagement - 1];
    }
    // refused by the constructor, with its message
    return new Grade(fit, engagement);
  }

  /**
   * Returns the grade written as {@code text}, for example {@code B2}.
   *
   * @throws IllegalArgumentException if {@code text} is not a letter A-D followed by a digit 1-4
   */
  public static Grade parse(String text) {
    requireNonNull(text, "grade");
    checkArgument(
        text.length() == 2 && Character.isDigit(text.charAt(1)),
        "grade must be a letter A-D and a digit 1-4 such as B2: %s",
        Quoted.of(text));
    return new Grade(text.charAt(0), text.charAt(1) - '0');
  }

  /** Orders grades from best ({@code A1}) to worst ({@code D4}), fit first. */
  @Override
  public int compareTo(Grade other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return "" + fit + engagement;
  }
}
