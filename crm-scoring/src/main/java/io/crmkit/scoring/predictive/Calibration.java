package io.crmkit.scoring.predictive;

/**
 * A monotone map from a model's raw log-odds of winning to a probability that holds up against
 * outcomes, learned from predictions on observations the model was not trained on: what turns
 * over-confident naive Bayes scores into probabilities a forecast can add up.
 *
 * <p>A calibration never changes the order of predictions (it keeps their AUC, up to ties), only
 * how far they are from 0 and 1.
 *
 * @since 0.1
 */
public sealed interface Calibration permits PlattScaling, IsotonicCalibration {

  /** Returns the calibrated log-odds of the raw log-odds {@code rawLogOdds}, finite. */
  double logOdds(double rawLogOdds);

  /**
   * Returns {@code raw} with its probability calibrated and its explanation carried over: the
   * baseline becomes the calibrated baseline, and every contribution is multiplied by the slope of
   * the calibration between the baseline and the prediction's raw log-odds (the slope itself for
   * {@link PlattScaling}), so that the baseline plus the contributions is still the log-odds of the
   * probability and each feature keeps its share of the evidence.
   */
  default Prediction calibrate(Prediction raw) {
    double baseline = logOdds(raw.baseline());
    double rise = logOdds(raw.logOdds()) - baseline;
    double run = raw.logOdds() - raw.baseline();
    // a monotone map has a non-negative secant; with no evidence there is nothing to scale
    double slope = run == 0 ? 0 : Math.max(0, rise / run);
    return Prediction.fromLogOdds(
        baseline,
        raw.contributions().stream()
            .map(c -> new Contribution(c.feature(), c.value(), slope * c.logOdds()))
            .toList());
  }

  /** The way a {@link CalibratedTrainer} fits a calibration to scored outcomes. */
  enum Method {
    /** Platt scaling: a logistic regression on the raw log-odds, see {@link PlattScaling}. */
    PLATT,
    /** Isotonic regression: a non-decreasing step map, see {@link IsotonicCalibration}. */
    ISOTONIC;

    Calibration fit(double[] rawLogOdds, boolean[] won) {
      return this == PLATT
          ? PlattScaling.fit(rawLogOdds, won)
          : IsotonicCalibration.fit(rawLogOdds, won);
    }
  }
}
