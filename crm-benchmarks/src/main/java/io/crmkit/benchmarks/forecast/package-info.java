/**
 * Pipeline analytics: crm-scoring's {@code PipelineAnalytics} over a million generated deals with
 * five million stage history records.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.benchmarks.forecast;

import org.jspecify.annotations.NullMarked;
