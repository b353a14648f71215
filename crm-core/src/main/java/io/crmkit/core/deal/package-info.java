/**
 * Deals and the pipelines they move through.
 *
 * <p>A {@link io.crmkit.core.deal.Pipeline} is an ordered list of {@link
 * io.crmkit.core.deal.Stage}s (open stages, then one won and one lost stage) with a {@link
 * io.crmkit.core.deal.PipelinePolicy} that says whether deals may skip stages or move back. From
 * them the pipeline builds a {@link io.crmkit.core.statemachine.StateMachine} over {@link
 * io.crmkit.core.deal.StageId}s whose guards demand each stage's required fields; every move of a
 * {@link io.crmkit.core.deal.Deal} goes through it and is kept as a {@link
 * io.crmkit.core.deal.StageChange}. A deal's history alone is enough to compute funnels, time in
 * stage and velocity, and to rebuild where the deal stood at any past instant.
 *
 * <p>Pipelines live in this package rather than their own because editing a pipeline moves deals
 * (removing a stage relocates the deals in it) and moving a deal needs its pipeline: one feature.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.core.deal;

import org.jspecify.annotations.NullMarked;
