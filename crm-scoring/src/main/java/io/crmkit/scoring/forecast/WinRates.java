package io.crmkit.scoring.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import java.util.Map;

/**
 * Win rates overall and broken down by the period the deals closed in, by owner and by source.
 *
 * @param overall over every decided deal; never null
 * @param byPeriod by the period (in the reporting zone and unit) the deal was won or lost in, in
 *     time order; copied
 * @param byOwner by the deal's owner; copied
 * @param bySource by the deal's source ({@code ""} when unknown); copied
 * @since 0.1
 */
public record WinRates(
    WinRate overall,
    Map<SalesPeriod, WinRate> byPeriod,
    Map<UserId, WinRate> byOwner,
    Map<String, WinRate> bySource) {

  /** Creates a {@code WinRates}, checking its components as the type's comment describes. */
  public WinRates {
    requireNonNull(overall, "overall win rate");
    byPeriod = Figures.sortedCopy(byPeriod);
    byOwner = Map.copyOf(byOwner);
    bySource = Map.copyOf(bySource);
  }
}
