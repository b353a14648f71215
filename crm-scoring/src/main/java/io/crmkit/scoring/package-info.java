/**
 * Analytical CRM on top of crm-core: scoring, segments, matching and forecasts, one subpackage
 * each, reached from an opened CRM through {@link io.crmkit.scoring.CrmAnalytics}.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring;

import org.jspecify.annotations.NullMarked;
