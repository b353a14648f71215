package io.crmkit.scoring.forecast;

/** The running figures of one forecast cell. */
final class FigureTally {

  private long deals;
  private final Tally amount = new Tally();
  private final Tally weighted = new Tally();
  private final Tally won = new Tally();

  void addOpen(DealValue value, int probability) {
    deals++;
    value.addTo(amount);
    value.addWeightedTo(weighted, probability);
  }

  void addWon(DealValue value) {
    deals++;
    value.addTo(amount);
    value.addWeightedTo(weighted, 100);
    value.addTo(won);
  }

  void addAll(FigureTally other) {
    deals += other.deals;
    amount.addAll(other.amount);
    weighted.addAll(other.weighted);
    won.addAll(other.won);
  }

  ForecastFigure figure(ReportingBasis basis) {
    return new ForecastFigure(
        deals, basis.amount(amount), basis.weighted(weighted), basis.amount(won));
  }

  Tally won() {
    return won;
  }

  Tally weighted() {
    return weighted;
  }
}
