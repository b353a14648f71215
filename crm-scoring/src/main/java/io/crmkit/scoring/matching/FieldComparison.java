package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one field of two records is compared: the {@link Comparison} whose levels it is graded at,
 * whether exact agreement is weighed by how common the shared value is (term-frequency adjustment:
 * two records that agree on "Smith" prove less than two that agree on "Zbigniew"), and for names
 * the partner field with which it may have been swapped.
 *
 * @param field the field compared, never null
 * @param comparison how it is compared, never null
 * @param termFrequencies whether exact agreement is weighed by the shared value's frequency
 * @param partner the field the value may have been swapped with, only for {@link
 *     Comparison#PERSON_NAME}; null when none
 * @since 0.1
 */
public record FieldComparison(
    MatchField field,
    Comparison comparison,
    boolean termFrequencies,
    @Nullable MatchField partner) {

  /** Creates a {@code FieldComparison}, checking its components as the type's comment describes. */
  public FieldComparison {
    requireNonNull(field, "field");
    requireNonNull(comparison, "comparison");
    checkArgument(
        partner == null || comparison == Comparison.PERSON_NAME,
        "only a person name has a partner field, not %s compared as %s",
        field,
        comparison);
    checkArgument(partner != field, "%s cannot be swapped with itself", field);
  }

  /** Returns a comparison of {@code field} without term-frequency adjustment. */
  public static FieldComparison of(MatchField field, Comparison comparison) {
    return new FieldComparison(field, comparison, false, null);
  }

  /** Returns a comparison of {@code field} whose exact agreement is weighed by frequency. */
  public static FieldComparison withTermFrequencies(MatchField field, Comparison comparison) {
    return new FieldComparison(field, comparison, true, null);
  }

  /** Returns a copy that also recognises {@code other} swapped into this field. */
  public FieldComparison swappableWith(MatchField other) {
    return new FieldComparison(field, comparison, termFrequencies, requireNonNull(other, "other"));
  }

  /** Returns the partner field, empty unless the comparison recognises swapped names. */
  public Optional<MatchField> partnerField() {
    return Optional.ofNullable(partner);
  }
}
