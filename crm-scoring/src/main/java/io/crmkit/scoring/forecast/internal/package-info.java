/**
 * The implementation of the pipeline reports over an opened CRM; not part of the API and not
 * exported.
 */
@NullMarked
package io.crmkit.scoring.forecast.internal;

import org.jspecify.annotations.NullMarked;
