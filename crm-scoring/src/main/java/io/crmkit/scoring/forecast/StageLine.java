package io.crmkit.scoring.forecast;

import io.crmkit.core.deal.StageId;

/** The running count, amount and weighted amount of the open deals in one stage. */
final class StageLine {

  private long deals;
  private final Tally amount = new Tally();
  private final Tally weighted = new Tally();

  void add(DealValue value, int probability) {
    deals++;
    value.addTo(amount);
    value.addWeightedTo(weighted, probability);
  }

  void addTo(StageLine total) {
    total.deals += deals;
    total.amount.addAll(amount);
    total.weighted.addAll(weighted);
  }

  long deals() {
    return deals;
  }

  StageSummary summary(StageId stage, String name, ReportingBasis basis) {
    return new StageSummary(stage, name, deals, basis.amount(amount), basis.weighted(weighted));
  }

  Tally amount() {
    return amount;
  }

  Tally weighted() {
    return weighted;
  }
}
