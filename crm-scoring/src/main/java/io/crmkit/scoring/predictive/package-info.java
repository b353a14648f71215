/**
 * Predictive lead scoring: models trained on a tenant's own closed history (won and lost leads or
 * deals) that estimate how likely an open one is to be won, and explain the estimate feature by
 * feature.
 *
 * <p>The lead and deal aggregates feed this package through a neutral representation: an {@link
 * io.crmkit.scoring.predictive.Observation} is a map of named {@link
 * io.crmkit.scoring.predictive.FeatureValue}s described by a {@link
 * io.crmkit.scoring.predictive.FeatureSchema}, with its {@link
 * io.crmkit.scoring.predictive.Outcome} and, when known, the instant it was closed. Two models:
 * {@link io.crmkit.scoring.predictive.NaiveBayesModel} (counts per value, in the manner of Odoo's
 * predictive lead scoring) and {@link io.crmkit.scoring.predictive.LogisticRegressionModel}; a
 * {@link io.crmkit.scoring.predictive.CalibratedTrainer} calibrates either (Platt scaling or
 * isotonic regression) on outcomes it did not learn from.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.predictive;

import org.jspecify.annotations.NullMarked;
