package io.crmkit.scoring.predictive;

import java.util.Map;

/**
 * A model trained on a tenant's closed history that estimates how likely an open lead or deal is to
 * be won, and explains the estimate. Models are immutable and safe to share between threads.
 *
 * @since 0.1
 */
public interface PredictiveModel {

  /** Returns the schema the model was trained with; predictions accept the same features. */
  FeatureSchema schema();

  /**
   * Returns the prediction for an open lead or deal with {@code features}.
   *
   * @param features values by feature name, never null; features may be missing, and values the
   *     model never saw in training give no evidence
   * @throws IllegalArgumentException if a feature is not in the schema or a value does not fit it
   */
  Prediction predict(Map<String, FeatureValue> features);

  /**
   * Returns this model as a versioned JSON document, which {@link #fromJson} restores to a model
   * that gives the same predictions and explanations; see {@link ModelDocument}.
   *
   * @throws IllegalArgumentException if this model is not one this library trains
   */
  default String toJson() {
    return ModelDocument.write(this);
  }

  /**
   * Returns the model saved in {@code json} by {@link #toJson}.
   *
   * @param json the document; never null
   * @throws io.crmkit.core.ValidationException if it is not a model document of this version, or
   *     was changed after it was written; each error names its field
   */
  static PredictiveModel fromJson(String json) {
    return ModelDocument.read(json);
  }
}
