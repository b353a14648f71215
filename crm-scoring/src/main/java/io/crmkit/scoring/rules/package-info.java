/**
 * Rule-based lead scoring: a {@link io.crmkit.scoring.rules.ScoringModel} of fit rules (who the
 * contact is) and engagement rules (what the contact did on the timeline) turns each contact into a
 * {@link io.crmkit.scoring.rules.Score} with a {@link io.crmkit.scoring.rules.Grade} and an
 * explanation of every point.
 *
 * <p>{@link io.crmkit.scoring.rules.ScoringEngine} compiles a model once and scores contacts in
 * bulk or one activity at a time; {@link io.crmkit.scoring.rules.LeadScoring} runs it against an
 * opened {@link io.crmkit.core.Crm}, keeps scores behind a {@link
 * io.crmkit.scoring.spi.ScoreRepository} and moves contacts forward in their lifecycle when they
 * cross a threshold. Models are read from and written to JSON by {@link
 * io.crmkit.scoring.rules.ScoringModelJson}.
 *
 * @since 0.1
 */
@NullMarked
package io.crmkit.scoring.rules;

import org.jspecify.annotations.NullMarked;
