package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.money.CurrencyMismatchException;
import io.crmkit.core.money.Money;

/**
 * One cell of the weighted forecast: how many open and won deals fall in it, their amount, their
 * amount weighted by win probability (a won deal counts in full) and the part already won.
 *
 * @param deals the number of deals, not negative
 * @param amount the sum of their amounts (unknown amounts count as zero); never null
 * @param weighted the sum of amount times win probability, rounded once at the end; never null
 * @param won the sum of the won deals' amounts; never null
 * @since 0.1
 */
public record ForecastFigure(long deals, Money amount, Money weighted, Money won) {

  /** Creates a {@code ForecastFigure}, checking its components as the type's comment describes. */
  public ForecastFigure {
    checkArgument(deals >= 0, "deal count must not be negative: %s", deals);
    requireNonNull(amount, "amount");
    requireNonNull(weighted, "weighted amount");
    requireNonNull(won, "won amount");
    if (!weighted.currency().equals(amount.currency())) {
      throw new CurrencyMismatchException(amount.currency(), weighted.currency());
    }
    if (!won.currency().equals(amount.currency())) {
      throw new CurrencyMismatchException(amount.currency(), won.currency());
    }
  }
}
