package io.crmkit.scoring.forecast;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.UserId;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.StageChange;
import io.crmkit.core.deal.StageId;
import io.crmkit.core.money.CurrencyMismatchException;
import io.crmkit.core.money.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Win rate, sales cycle, value and velocity of deals broken down by any dimension: a custom field
 * (region, product line), the owner's team, the source, or any key the host derives from a deal. A
 * deal may fall under several keys (a multiple-choice field) or none (a field left empty).
 *
 * <pre>{@code
 * Map<String, BreakdownLine> byRegion =
 *     DealBreakdown.byCustomField("region")
 *         .cycleFrom(proposal.id())       // the sales cycle from the proposal, not from opening
 *         .analyse(deals, Currency.getInstance("EUR"));
 * }</pre>
 *
 * <p>The cycle of a won deal runs from its opening, or from its first entry into the chosen stage,
 * to its last win; won deals that never entered the chosen stage are left out of the cycle (not of
 * the win rate). Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class DealBreakdown {

  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  private final Function<Deal, ? extends Collection<String>> keys;
  private final @Nullable StageId cycleStart;

  private DealBreakdown(
      Function<Deal, ? extends Collection<String>> keys, @Nullable StageId cycleStart) {
    this.keys = keys;
    this.cycleStart = cycleStart;
  }

  /**
   * Returns the breakdown by the keys {@code keys} gives each deal (none: the deal is left out).
   */
  public static DealBreakdown by(Function<Deal, ? extends Collection<String>> keys) {
    return new DealBreakdown(requireNonNull(keys, "keys"), null);
  }

  /**
   * Returns the breakdown by the value of the deals' custom field {@code name}, as text; each value
   * of a multiple-choice field is a key of its own.
   */
  public static DealBreakdown byCustomField(String name) {
    requireNonNull(name, "name");
    return by(
        deal ->
            deal.details()
                .customFields()
                .get(name)
                .map(
                    value ->
                        value instanceof CustomFieldValue.Choices choices
                            ? List.copyOf(choices.values())
                            : List.of(value.asText()))
                .orElse(List.of()));
  }

  /** Returns the breakdown by the team {@code teamOf} puts each deal's owner in (null: none). */
  public static DealBreakdown byTeam(Function<UserId, @Nullable String> teamOf) {
    requireNonNull(teamOf, "teamOf");
    return by(
        deal -> {
          String team = teamOf.apply(deal.owner());
          return team == null ? List.of() : List.of(team);
        });
  }

  /**
   * Returns this breakdown with the sales cycle measured from the first entry into {@code stage}.
   */
  public DealBreakdown cycleFrom(StageId stage) {
    return new DealBreakdown(keys, requireNonNull(stage, "stage"));
  }

  /**
   * Returns the figures of each key, in key order.
   *
   * @throws CurrencyMismatchException if a deal's amount is in another currency than {@code
   *     currency}
   */
  public Map<String, BreakdownLine> analyse(Collection<Deal> deals, Currency currency) {
    requireNonNull(deals, "deals");
    requireNonNull(currency, "currency");
    Map<String, Tallies> byKey = new TreeMap<>();
    for (Deal deal : deals) {
      Money amount = deal.details().amount();
      if (amount != null && !amount.currency().equals(currency)) {
        throw new CurrencyMismatchException(currency, amount.currency());
      }
      Money value = amount == null ? Money.zero(currency) : amount;
      Optional<Duration> cycle = deal.isWon() ? cycle(deal) : Optional.empty();
      for (String key : keys.apply(deal)) {
        byKey
            .computeIfAbsent(requireNonNull(key, "key"), k -> new Tallies(currency))
            .add(deal, value, cycle);
      }
    }
    Map<String, BreakdownLine> lines = new java.util.LinkedHashMap<>();
    byKey.forEach((key, tallies) -> lines.put(key, tallies.line(key)));
    return lines;
  }

  private Optional<Duration> cycle(Deal deal) {
    Optional<Instant> closed = deal.closedAt();
    if (closed.isEmpty()) {
      return Optional.empty();
    }
    Optional<Instant> start =
        cycleStart == null
            ? deal.history().stream().findFirst().map(StageChange::at)
            : deal.history().stream()
                .filter(change -> change.to().equals(cycleStart))
                .findFirst()
                .map(StageChange::at);
    return start
        .filter(from -> !from.isAfter(closed.get()))
        .map(from -> Duration.between(from, closed.get()));
  }

  /** The running figures of one key. */
  private static final class Tallies {
    private long won;
    private long lost;
    private long open;
    private Money wonValue;
    private Money openValue;
    private final List<Duration> cycles = new ArrayList<>();

    Tallies(Currency currency) {
      wonValue = Money.zero(currency);
      openValue = Money.zero(currency);
    }

    void add(Deal deal, Money value, Optional<Duration> cycle) {
      if (deal.isWon()) {
        won++;
        wonValue = wonValue.plus(value);
        cycle.ifPresent(cycles::add);
      } else if (deal.isLost()) {
        lost++;
      } else {
        open++;
        openValue = openValue.plus(value);
      }
    }

    BreakdownLine line(String key) {
      WinRate rate = new WinRate(won, lost);
      SalesCycle cycle = cycle();
      return new BreakdownLine(key, rate, cycle, wonValue, open, openValue, velocity(rate, cycle));
    }

    private SalesCycle cycle() {
      if (cycles.isEmpty()) {
        return new SalesCycle(0, Duration.ZERO, Duration.ZERO);
      }
      List<Duration> sorted = cycles.stream().sorted().toList();
      Duration total = sorted.stream().reduce(Duration.ZERO, Duration::plus);
      int n = sorted.size();
      Duration median =
          n % 2 == 1
              ? sorted.get(n / 2)
              : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
      return new SalesCycle(n, total.dividedBy(n), median);
    }

    private @Nullable SalesVelocity velocity(WinRate rate, SalesCycle cycle) {
      Optional<BigDecimal> share = rate.rate();
      if (won == 0 || share.isEmpty() || cycle.average().isZero()) {
        return null;
      }
      Money averageSize = wonValue.dividedBy(won);
      BigDecimal days =
          BigDecimal.valueOf(cycle.average().toSeconds())
              .divide(SECONDS_PER_DAY, MathContext.DECIMAL64);
      if (days.signum() <= 0) {
        return null;
      }
      BigDecimal perDay =
          averageSize
              .amount()
              .multiply(BigDecimal.valueOf(open))
              .multiply(share.get())
              .divide(days, MathContext.DECIMAL64)
              .setScale(averageSize.amount().scale(), RoundingMode.HALF_EVEN);
      return new SalesVelocity(
          open, averageSize, share.get(), days, Money.of(perDay, averageSize.currency()));
    }
  }
}
