package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One line of a match's explanation: the level at which a field of the two records agreed and the
 * weight of evidence it adds, in bits; for exact agreement on a field with term-frequency
 * adjustment, the part of the weight that the shared value's rarity (or commonness) adds.
 *
 * @param field the field, never null
 * @param level the level's name, as in {@link Comparison#levels()}, never null
 * @param weight the weight of evidence in bits, term-frequency adjustment included
 * @param termFrequencyAdjustment the part of {@code weight} due to the shared value's frequency, 0
 *     when none
 * @since 0.1
 */
public record FieldWeight(
    MatchField field, String level, double weight, double termFrequencyAdjustment) {

  /** Creates a {@code FieldWeight}, checking its components as the type's comment describes. */
  public FieldWeight {
    requireNonNull(field, "field");
    requireNonNull(level, "level");
  }

  @Override
  public String toString() {
    String line = String.format(Locale.ROOT, "%s %s %+.2f", field, level, weight);
    return termFrequencyAdjustment == 0
        ? line
        : line + String.format(Locale.ROOT, " (frequency %+.2f)", termFrequencyAdjustment);
  }
}
