package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a trained model knows of one field: its comparison and the m- and u-probabilities of each of
 * its levels, and whether the m-probabilities were estimated from the data or are the priors (when
 * no blocking rule left the field free to be estimated, or too few pairs did).
 *
 * @param comparison the field's comparison, never null
 * @param levels one weight per level of the comparison, in its order
 * @param estimated whether the m-probabilities were estimated from the data
 * @since 0.1
 */
public record FieldModel(FieldComparison comparison, List<LevelWeight> levels, boolean estimated) {

  /** Creates a {@code FieldModel}, checking its components as the type's comment describes. */
  public FieldModel {
    requireNonNull(comparison, "comparison");
    levels = List.copyOf(levels);
    checkArgument(
        levels.size() == comparison.comparison().levels().size(),
        "%s has %s levels, not %s",
        comparison.comparison(),
        comparison.comparison().levels().size(),
        levels.size());
  }

  /** Returns the field. */
  public MatchField field() {
    return comparison.field();
  }
}
