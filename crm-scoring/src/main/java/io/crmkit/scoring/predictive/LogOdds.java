package io.crmkit.scoring.predictive;

/** Conversions between log-odds and probabilities that stay accurate far from 0.5. */
final class LogOdds {

  private LogOdds() {}

  static double toProbability(double logOdds) {
    // the two branches avoid exp overflow and keep precision for large |logOdds|
    if (logOdds >= 0) {
      return 1 / (1 + Math.exp(-logOdds));
    }
    double e = Math.exp(logOdds);
    return e / (1 + e);
  }

  /** Returns log(1 + exp(x)) without overflow: the log loss of a won outcome at log-odds -x. */
  static double softplus(double x) {
    return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
  }
}
