/**
 * Seeded prospect data for the scoring and segment benchmarks: contacts with job titles, countries,
 * tags and custom fields, their companies with sizes, and their marketing timelines.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.benchmarks.prospects;

import org.jspecify.annotations.NullMarked;
