package io.crmkit.scoring.predictive;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * A predictive model whose probabilities are passed through a {@link Calibration} fitted on
 * outcomes it did not learn from, so that a predicted 30% wins about 30% of the time; the ranking
 * is the base model's, and the explanation is the base model's scaled as {@link
 * Calibration#calibrate} describes.
 *
 * <p>Built by {@link CalibratedTrainer}; immutable and thread-safe.
 *
 * @since 0.1
 */
public final class CalibratedModel implements PredictiveModel {

  private final PredictiveModel base;
  private final Calibration calibration;

  CalibratedModel(PredictiveModel base, Calibration calibration) {
    this.base = requireNonNull(base, "base model");
    this.calibration = requireNonNull(calibration, "calibration");
  }

  /** Returns the model whose raw log-odds are calibrated. */
  public PredictiveModel base() {
    return base;
  }

  /** Returns the calibration of the base model's log-odds. */
  public Calibration calibration() {
    return calibration;
  }

  @Override
  public FeatureSchema schema() {
    return base.schema();
  }

  @Override
  public Prediction predict(Map<String, FeatureValue> features) {
    return calibration.calibrate(base.predict(features));
  }

  @Override
  public String toString() {
    return "CalibratedModel[" + calibration + ", " + base + "]";
  }
}
