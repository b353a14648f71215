package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * One agreement level of a field in a trained model: how often true duplicates agree at it
 * (m-probability), how often unrelated records do (u-probability), and the weight of evidence that
 * follows, {@code log2(m / u)}: positive for agreement that points to a duplicate, negative for
 * disagreement that points away.
 *
 * @param level the level's name, as in {@link Comparison#levels()}
 * @param m the m-probability, above 0 and at most 1
 * @param u the u-probability, above 0 and at most 1
 * @since 0.1
 */
public record LevelWeight(String level, double m, double u) {

  /** Creates a {@code LevelWeight}, checking its components as the type's comment describes. */
  public LevelWeight {
    requireNonNull(level, "level");
    checkArgument(m > 0 && m <= 1, "m-probability of '%s' out of (0, 1]: %s", level, m);
    checkArgument(u > 0 && u <= 1, "u-probability of '%s' out of (0, 1]: %s", level, u);
  }

  /** Returns the weight of evidence in bits, {@code log2(m / u)}. */
  public double weight() {
    return Math.log(m / u) / Math.log(2);
  }
}
