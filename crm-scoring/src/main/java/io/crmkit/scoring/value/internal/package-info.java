/**
 * The likelihoods, special functions and optimiser set-up behind the customer value models: not
 * API.
 */
@NullMarked
package io.crmkit.scoring.value.internal;

import org.jspecify.annotations.NullMarked;
