package io.crmkit.scoring.matching;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Why two records are (or are not) taken for the same party: each compared field present in both
 * with its level and weight, the prior weight of any two records matching, the match weight (the
 * sum of the fields' weights) and the match probability that prior and weight give together.
 *
 * @param fields the weight of each field present in both records, in the configuration's order
 * @param priorWeight the prior in bits, {@link MatchModel#priorWeight()}
 * @since 0.1
 */
public record MatchExplanation(List<FieldWeight> fields, double priorWeight) {

  /**
   * Creates a {@code MatchExplanation}, checking its components as the type's comment describes.
   */
  public MatchExplanation {
    fields = List.copyOf(requireNonNull(fields, "fields"));
  }

  /** Returns the match weight in bits: the sum of the fields' weights. */
  public double weight() {
    double sum = 0;
    for (FieldWeight field : fields) {
      sum += field.weight();
    }
    return sum;
  }

  /** Returns the probability that the two records are the same party, 0 to 1. */
  public double probability() {
    return 1 / (1 + Math.pow(2, -(priorWeight + weight())));
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "weight %.2f, probability %.4f: ", weight(), probability())
        + fields.stream().map(FieldWeight::toString).collect(Collectors.joining(", "));
  }
}
