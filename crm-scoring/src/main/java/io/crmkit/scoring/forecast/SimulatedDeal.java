package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.deal.Deal;
import io.crmkit.core.money.Money;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An open deal as a Monte Carlo forecast draws it: its amount, the probability that it is won, and
 * the day it is expected to close, which puts its revenue into a sales period.
 *
 * @param amount what the deal brings if won, not negative
 * @param probability the probability that it is won, 0 to 1: a stage's probability, or a predictive
 *     model's
 * @param closeDate the day it is expected to close
 * @since 0.1
 */
public record SimulatedDeal(Money amount, double probability, LocalDate closeDate) {

  /** Creates a {@code SimulatedDeal}, checking its components as the type's comment describes. */
  public SimulatedDeal {
    requireNonNull(amount, "amount");
    requireNonNull(closeDate, "closeDate");
    checkArgument(!amount.isNegative(), "simulated deal amount must not be negative: %s", amount);
    checkArgument(
        probability >= 0 && probability <= 1, "win probability must be 0 to 1: %s", probability);
  }

  /**
   * Returns open {@code deal} won with {@code probability}, or empty if the deal is closed or has
   * no amount or expected close date: nothing to simulate.
   */
  public static Optional<SimulatedDeal> of(Deal deal, double probability) {
    requireNonNull(deal, "deal");
    Money amount = deal.details().amount();
    LocalDate closeDate = deal.details().expectedCloseDate();
    if (!deal.isOpen() || amount == null || closeDate == null) {
      return Optional.empty();
    }
    return Optional.of(new SimulatedDeal(amount, probability, closeDate));
  }

  /**
   * Returns open {@code deal} won with the probability of its stage, or empty as {@link #of(Deal,
   * double)} says.
   */
  public static Optional<SimulatedDeal> atStageProbability(Deal deal) {
    requireNonNull(deal, "deal");
    return of(deal, deal.probability() / 100.0);
  }
}
