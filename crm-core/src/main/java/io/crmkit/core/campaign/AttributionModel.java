package io.crmkit.core.campaign;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How the credit for a won deal is split among the campaign messages that reached its contacts
 * before the win (its touches): all to the first, all to the last, evenly, or more to the later
 * ones (each touch's weight halves for every {@link #HALF_LIFE} before the win).
 *
 * @since 0.1
 */
public enum AttributionModel {
  /** All credit to the first touch. */
  FIRST_TOUCH,
  /** All credit to the last touch before the win. */
  LAST_TOUCH,
  /** The same credit to every touch. */
  LINEAR,
  /** Credit halving for every {@link #HALF_LIFE} a touch came before the win. */
  TIME_DECAY;

  /** How long before a win a touch's weight halves, in the {@link #TIME_DECAY} model. */
  public static final Duration HALF_LIFE = Duration.ofDays(7);

  /** How long before a win a message still counts as a touch. */
  public static final Duration LOOKBACK = Duration.ofDays(90);

  /**
   * Returns each touch's share of the credit for a win at {@code won}, in the order of {@code
   * touches}, together 1 (none for no touches).
   *
   * @param touches when each touch happened, oldest first, none after {@code won}
   * @throws IllegalArgumentException if the touches are out of order or one comes after the win
   */
  public double[] shares(List<Instant> touches, Instant won) {
    requireNonNull(touches, "touches");
    requireNonNull(won, "won");
    for (int i = 0; i < touches.size(); i++) {
      checkArgument(!touches.get(i).isAfter(won), "touch %s after the win %s", touches.get(i), won);
      checkArgument(
          i == 0 || !touches.get(i).isBefore(touches.get(i - 1)),
          "touches out of order: %s",
          touches);
    }
    double[] shares = new double[touches.size()];
    if (shares.length == 0) {
      return shares;
    }
    switch (this) {
      case FIRST_TOUCH -> shares[0] = 1;
      case LAST_TOUCH -> shares[shares.length - 1] = 1;
      case LINEAR -> java.util.Arrays.fill(shares, 1.0 / shares.length);
      case TIME_DECAY -> {
        double total = 0;
        for (int i = 0; i < shares.length; i++) {
          double halfLives =
              (double) Duration.between(touches.get(i), won).toSeconds() / HALF_LIFE.toSeconds();
          shares[i] = Math.pow(0.5, halfLives);
          total += shares[i];
        }
        for (int i = 0; i < shares.length; i++) {
          shares[i] /= total;
        }
      }
    }
    return shares;
  }
}
