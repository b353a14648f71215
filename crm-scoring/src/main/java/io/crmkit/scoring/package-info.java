/**
 * Analytical CRM on top of crm-core: scoring, segments, matching and forecasts, one subpackage
 * each.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring;

import org.jspecify.annotations.NullMarked;
