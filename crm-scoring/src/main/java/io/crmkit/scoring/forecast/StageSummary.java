package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.deal.StageId;
import io.crmkit.core.money.Money;

/**
 * The open deals standing in one stage of a pipeline: how many, their amount, and their amount
 * weighted by the stage's win probability.
 *
 * @param stage the stage; never null
 * @param name the stage's name in the pipeline, or {@value #REMOVED} for a stage that deals stood
 *     in at a past instant but that the pipeline no longer has
 * @param deals the number of open deals in the stage, not negative
 * @param amount the sum of their amounts (unknown amounts count as zero); never null
 * @param weighted the sum of amount times win probability, rounded once at the end; never null
 * @since 0.1
 */
public record StageSummary(StageId stage, String name, long deals, Money amount, Money weighted) {

  /** The name shown for a stage the pipeline no longer has. */
  public static final String REMOVED = "(removed stage)";

  /** Creates a {@code StageSummary}, checking its components as the type's comment describes. */
  public StageSummary {
    requireNonNull(stage, "stage");
    requireNonNull(name, "stage name");
    requireNonNull(amount, "amount");
    requireNonNull(weighted, "weighted amount");
    checkArgument(deals >= 0, "deal count of stage %s must not be negative: %s", name, deals);
  }
}
