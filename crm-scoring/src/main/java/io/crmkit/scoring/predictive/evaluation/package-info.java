/**
 * How good a predictive lead-scoring model is: ranking quality (AUC-ROC, lift), probability quality
 * (log loss, Brier score, calibration), measured by stratified k-fold cross-validation or on a
 * time-ordered split that trains on the past and tests on the future.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.predictive.evaluation;

import org.jspecify.annotations.NullMarked;
