package io.crmkit.core.campaign;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What one campaign achieved: its funnel, the pipeline it influenced (open and won deals with a
 * contact it reached before the deal closed), the revenue of won deals attributed to it under one
 * {@link AttributionModel}, and its return on investment.
 *
 * <p>Amounts are kept per currency, one {@link Money} each, in currency code order: deals in
 * different currencies are never added up.
 *
 * @param funnel how far its messages got; never null
 * @param model the attribution model of {@code attributedRevenue}; never null
 * @param influencedPipeline the amounts of the open and won deals it influenced, per currency
 * @param attributedRevenue its share of the won deals' amounts, per currency
 * @param wonDeals how many won deals it has a share of
 * @param cost what it cost; null when not known
 * @since 0.1
 */
public record CampaignReport(
    CampaignFunnel funnel,
    AttributionModel model,
    List<Money> influencedPipeline,
    List<Money> attributedRevenue,
    int wonDeals,
    @Nullable Money cost) {

  /** Creates a {@code CampaignReport}, checking its components as the type's comment describes. */
  public CampaignReport {
    requireNonNull(funnel, "funnel");
    requireNonNull(model, "model");
    influencedPipeline = List.copyOf(influencedPipeline);
    attributedRevenue = List.copyOf(attributedRevenue);
  }

  /** Returns the revenue attributed in the currency of {@code currency}'s amount, or zero. */
  public Money revenueIn(java.util.Currency currency) {
    return attributedRevenue.stream()
        .filter(money -> money.currency().equals(currency))
        .findFirst()
        .orElse(Money.zero(currency));
  }

  /**
   * Returns the return on investment, (revenue - cost) / cost, over the revenue in the cost's
   * currency, to four decimal places; empty without a known, positive cost.
   */
  public Optional<BigDecimal> roi() {
    if (cost == null || !cost.isPositive()) {
      return Optional.empty();
    }
    Money revenue = revenueIn(cost.currency());
    return Optional.of(
        revenue.minus(cost).amount().divide(cost.amount(), 4, RoundingMode.HALF_EVEN));
  }
}
