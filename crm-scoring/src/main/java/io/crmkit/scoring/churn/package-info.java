/**
 * Churn risk: a model trained on a tenant's own customers that estimates how likely each customer
 * is to stop buying, explains the estimate feature by feature, and is judged by a time-ordered
 * backtest (trained on histories up to one cut-off, tested on the customers' behaviour after a
 * later one).
 *
 * <p>A customer enters as a {@link io.crmkit.scoring.churn.CustomerActivity}: purchases,
 * interactions of any kind (mails opened, visits, tickets) and attributes such as custom fields. A
 * short, declarative list of {@link io.crmkit.scoring.churn.ChurnFeature}s turns it into the
 * feature values of {@link io.crmkit.scoring.predictive}, whose logistic regression and naive Bayes
 * models do the learning.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.churn;

import org.jspecify.annotations.NullMarked;
