package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A trained Fellegi-Sunter model: for each compared field the m- and u-probabilities of its levels,
 * the prior probability that two records picked at random are duplicates, and the counts of each
 * field's normalised values that term-frequency adjustment weighs exact agreement by. It is trained
 * from the records themselves, without labels ({@link RecordLinkage#train}), and can be kept and
 * restored with {@link #of}.
 *
 * @since 0.1
 */
public final class MatchModel {

  private final MatchConfiguration configuration;
  private final List<FieldModel> fields;
  private final double matchPrior;
  private final long records;
  private final Map<MatchField, Map<String, Integer>> valueCounts;

  private MatchModel(
      MatchConfiguration configuration,
      List<FieldModel> fields,
      double matchPrior,
      long records,
      Map<MatchField, Map<String, Integer>> valueCounts) {
    this.configuration = configuration;
    this.fields = fields;
    this.matchPrior = matchPrior;
    this.records = records;
    this.valueCounts = valueCounts;
  }

  /**
   * Returns the model of these parameters.
   *
   * @param configuration the configuration it was trained for, never null
   * @param fields one model per compared field, in the configuration's order
   * @param matchPrior the probability that two random records are duplicates, above 0 and below 1
   * @param records how many records it was trained on, not negative
   * @param valueCounts for each field with term-frequency adjustment, the count of each normalised
   *     value among those records
   */
  public static MatchModel of(
      MatchConfiguration configuration,
      List<FieldModel> fields,
      double matchPrior,
      long records,
      Map<MatchField, Map<String, Integer>> valueCounts) {
    requireNonNull(configuration, "configuration");
    List<FieldModel> copy = List.copyOf(fields);
    checkArgument(
        copy.size() == configuration.comparisons().size(),
        "the configuration compares %s fields, the model has %s",
        configuration.comparisons().size(),
        copy.size());
    for (int i = 0; i < copy.size(); i++) {
      checkArgument(
          copy.get(i).comparison().equals(configuration.comparisons().get(i)),
          "field model %s is for %s, the configuration compares %s",
          i,
          copy.get(i).comparison(),
          configuration.comparisons().get(i));
    }
    checkArgument(matchPrior > 0 && matchPrior < 1, "match prior out of (0, 1): %s", matchPrior);
    checkArgument(records >= 0, "records must not be negative: %s", records);
    EnumMap<MatchField, Map<String, Integer>> counts = new EnumMap<>(MatchField.class);
    valueCounts.forEach((field, values) -> counts.put(field, Map.copyOf(values)));
    return new MatchModel(configuration, copy, matchPrior, records, counts);
  }

  /** Returns the configuration the model was trained for. */
  public MatchConfiguration configuration() {
    return configuration;
  }

  /** Returns the model of each compared field, in the configuration's order. */
  public List<FieldModel> fields() {
    return fields;
  }

  /** Returns the model of {@code field}, empty when it is not compared. */
  public Optional<FieldModel> field(MatchField field) {
    return fields.stream().filter(f -> f.field() == field).findFirst();
  }

  /** Returns the probability that two records picked at random are duplicates. */
  public double matchPrior() {
    return matchPrior;
  }

  /** Returns the prior as a weight in bits, {@code log2(prior / (1 - prior))}. */
  public double priorWeight() {
    return Math.log(matchPrior / (1 - matchPrior)) / Math.log(2);
  }

  /** Returns how many records the model was trained on. */
  public long records() {
    return records;
  }

  /**
   * Returns the count of each normalised value of {@code field} among the training records; empty
   * for a field without term-frequency adjustment.
   */
  public Map<String, Integer> valueCounts(MatchField field) {
    return valueCounts.getOrDefault(field, Map.of());
  }

  @Override
  public String toString() {
    return "MatchModel[" + records + " records, prior " + matchPrior + ", " + fields + "]";
  }
}
