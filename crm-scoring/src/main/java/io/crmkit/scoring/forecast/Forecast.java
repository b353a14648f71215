package io.crmkit.scoring.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import io.crmkit.core.deal.ForecastCategory;
import java.util.Map;

/**
 * The weighted sales forecast: the open and won deals (lost deals are left out) by the month they
 * are expected to close or closed in, by owner, and by forecast category.
 *
 * <p>An open deal falls in the month of its expected close date and weighs its amount times its
 * stage's win probability; a won deal falls in the month it was won in (in the reporting zone) and
 * weighs its full amount. An open deal without an expected close date is counted in {@code
 * undated}.
 *
 * @param byCloseMonth by month, in time order; copied
 * @param undated the open deals without an expected close date; never null
 * @param byOwner by owner; copied
 * @param byCategory by forecast category: always the four categories pipeline, best case, commit
 *     and closed (the rep's override counts for an open deal); copied
 * @param byOwnerAndMonth by owner, then by month in time order; copied
 * @param total every open and won deal: the forecast's grand total, each amount rounded once from
 *     the exact sum; never null
 * @since 0.1
 */
public record Forecast(
    Map<SalesPeriod, ForecastFigure> byCloseMonth,
    ForecastFigure undated,
    Map<UserId, ForecastFigure> byOwner,
    Map<ForecastCategory, ForecastFigure> byCategory,
    Map<UserId, Map<SalesPeriod, ForecastFigure>> byOwnerAndMonth,
    ForecastFigure total) {

  /** Creates a {@code Forecast}, checking its components as the type's comment describes. */
  public Forecast {
    byCloseMonth = Figures.sortedCopy(byCloseMonth);
    requireNonNull(undated, "undated figure");
    byOwner = Map.copyOf(byOwner);
    byCategory = Figures.sortedCopy(byCategory);
    Map<UserId, Map<SalesPeriod, ForecastFigure>> copy = new java.util.HashMap<>();
    byOwnerAndMonth.forEach((owner, months) -> copy.put(owner, Figures.sortedCopy(months)));
    byOwnerAndMonth = Map.copyOf(copy);
    requireNonNull(total, "total figure");
  }
}
