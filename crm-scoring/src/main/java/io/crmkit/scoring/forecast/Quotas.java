package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.core.UserId;
import io.crmkit.core.money.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The sales targets that attainment is measured against: at most one quota per rep and period.
 *
 * <pre>{@code
 * Quotas quotas = Quotas.none()
 *     .with(UserId.of("ana"), SalesPeriod.quarter(2026, 2), Money.of("90000", "EUR"));
 * }</pre>
 *
 * @param quotas the quotas, each rep and period once; copied
 * @since 0.1
 */
public record Quotas(List<Quota> quotas) {

  /** Creates a {@code Quotas}, checking its components as the type's comment describes. */
  public Quotas {
    quotas = List.copyOf(quotas);
    Set<List<Object>> seen = new HashSet<>();
    for (Quota quota : quotas) {
      checkArgument(
          seen.add(List.of(quota.owner(), quota.period())),
          "%s has two quotas for %s",
          quota.owner(),
          quota.period());
    }
  }

  /** Returns no quotas. */
  public static Quotas none() {
    return new Quotas(List.of());
  }

  /** Returns these quotas plus {@code owner}'s quota of {@code amount} for {@code period}. */
  public Quotas with(UserId owner, SalesPeriod period, Money amount) {
    List<Quota> more = new ArrayList<>(quotas);
    more.add(Quota.of(owner, period, amount));
    return new Quotas(more);
  }

  /** Returns whether there is no quota. */
  public boolean isEmpty() {
    return quotas.isEmpty();
  }
}
