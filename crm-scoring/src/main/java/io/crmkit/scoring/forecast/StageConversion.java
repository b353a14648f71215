package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.deal.PipelineId;
import io.crmkit.core.deal.StageId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * Conversion from one stage of a pipeline to a later one: of the deals that ever entered {@code
 * from}, how many entered {@code to} after it (at any later point of their history).
 *
 * @param pipeline the pipeline; never null
 * @param from the earlier stage, an open one; never null
 * @param to a stage after it in the pipeline's order, or the won stage; never null
 * @param nextStage whether {@code to} directly follows {@code from} (the won stage follows the last
 *     open one)
 * @param entered the deals that entered {@code from}, not negative
 * @param reached those of them that later entered {@code to}, at most {@code entered}
 * @since 0.1
 */
public record StageConversion(
    PipelineId pipeline, StageId from, StageId to, boolean nextStage, long entered, long reached) {

  /** Creates a {@code StageConversion}, checking its components as the type's comment describes. */
  public StageConversion {
    requireNonNull(pipeline, "pipeline");
    requireNonNull(from, "from stage");
    requireNonNull(to, "to stage");
    checkArgument(
        entered >= 0 && reached >= 0 && reached <= entered,
        "reached must be 0 to entered (%s): %s",
        entered,
        reached);
  }

  /** Returns reached / entered, 0 to 1, to 16 significant digits; empty if none entered. */
  public Optional<BigDecimal> rate() {
    return entered == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(reached).divide(BigDecimal.valueOf(entered), MathContext.DECIMAL64));
  }
}
