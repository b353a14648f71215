/**
 * Pipeline analytics: the open pipeline per stage, the weighted forecast by close month, owner and
 * category with quota attainment, win rates, deal size, sales cycle, stage conversion, time in
 * stage, sales velocity, rotting deals, and the pipeline as it stood at a past instant.
 *
 * <p>Every figure is computed by {@link io.crmkit.scoring.forecast.PipelineAnalytics} from a
 * collection of deals and their pipelines, so the same code serves the in-memory CRM, a database
 * adapter and a benchmark. All money is reported in one currency; see {@link
 * io.crmkit.scoring.forecast.ExchangeRates}.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.forecast;

import org.jspecify.annotations.NullMarked;
