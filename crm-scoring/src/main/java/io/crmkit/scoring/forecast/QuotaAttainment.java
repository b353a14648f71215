package io.crmkit.scoring.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How far a rep got towards a quota: what was won in the period, and the weighted forecast of the
 * period (won deals in full plus open deals expected to close in it, weighted by probability).
 *
 * @param owner the rep; never null
 * @param period the quota's period; never null
 * @param quota the target, in the reporting currency; never null
 * @param won the amounts won in the period (by the instant of winning, in the reporting zone)
 * @param weighted the weighted forecast of the period; never null
 * @since 0.1
 */
public record QuotaAttainment(
    UserId owner, SalesPeriod period, Money quota, Money won, Money weighted) {

  /** Creates a {@code QuotaAttainment}, checking its components as the type's comment describes. */
  public QuotaAttainment {
    requireNonNull(owner, "owner");
    requireNonNull(period, "period");
    requireNonNull(quota, "quota");
    requireNonNull(won, "won");
    requireNonNull(weighted, "weighted");
  }

  /** Returns won / quota (1 means the quota is met), to 16 significant digits. */
  public BigDecimal attainment() {
    return won.amount().divide(quota.amount(), MathContext.DECIMAL64);
  }

  /** Returns weighted forecast / quota, to 16 significant digits. */
  public BigDecimal projected() {
    return weighted.amount().divide(quota.amount(), MathContext.DECIMAL64);
  }
}
