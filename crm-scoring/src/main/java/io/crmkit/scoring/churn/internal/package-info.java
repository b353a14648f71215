/**
 * How churn features are read from a customer's activity and how histories are labelled: not API.
 */
@NullMarked
package io.crmkit.scoring.churn.internal;

import org.jspecify.annotations.NullMarked;
