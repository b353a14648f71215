package io.crmkit.scoring.matching.internal;

import io.crmkit.scoring.matching.FieldModel;
import io.crmkit.scoring.matching.FieldWeight;
import io.crmkit.scoring.matching.LevelWeight;
import io.crmkit.scoring.matching.MatchExplanation;
import io.crmkit.scoring.matching.MatchModel;
import java.util.ArrayList;
import java.util.List;

/**
 * A model's weights laid out for scoring: each level's {@code log2(m / u)}, and for exact agreement
 * on a field with term-frequency adjustment, Splink's {@code log2(m / u_x)} where {@code u_x} is
 * the shared value's frequency among the records.
 */
final class Weights {

  private static final double LOG2 = Math.log(2);

  private final MatchModel model;
  private final double[][] weight;
  private final double[] exactU;
  private final boolean[] adjusted;
  private final TermCounts terms;

  Weights(MatchModel model, TermCounts terms) {
    this.model = model;
    this.terms = terms;
    List<FieldModel> fields = model.fields();
    this.weight = new double[fields.size()][];
    this.exactU = new double[fields.size()];
    this.adjusted = new boolean[fields.size()];
    for (int f = 0; f < fields.size(); f++) {
      List<LevelWeight> levels = fields.get(f).levels();
      weight[f] = levels.stream().mapToDouble(LevelWeight::weight).toArray();
      exactU[f] = levels.get(0).u();
      adjusted[f] = fields.get(f).comparison().termFrequencies();
    }
  }

  double priorWeight() {
    return model.priorWeight();
  }

  /** Returns the match weight of the pair whose comparison vector is {@code pattern}. */
  double weight(Rows a, int i, long pattern) {
    double sum = 0;
    for (int f = 0; f < weight.length; f++) {
      int level = Patterns.level(pattern, f);
      if (level != Levels.MISSING) {
        sum += weight[f][level];
        if (level == 0 && adjusted[f]) {
          sum += adjustment(f, a.columns[f].text[i]);
        }
      }
    }
    return sum;
  }

  /** Returns the probability of a match of weight {@code weight}. */
  double probability(double weight) {
    return 1 / (1 + Math.pow(2, -(priorWeight() + weight)));
  }

  /**
   * Returns each field's level and weight, for the pair of rows with comparison {@code pattern}.
   */
  MatchExplanation explain(Rows a, int i, long pattern) {
    List<FieldWeight> lines = new ArrayList<>();
    for (int f = 0; f < weight.length; f++) {
      int level = Patterns.level(pattern, f);
      if (level != Levels.MISSING) {
        double frequency = level == 0 && adjusted[f] ? adjustment(f, a.columns[f].text[i]) : 0;
        lines.add(
            new FieldWeight(
                a.columns[f].comparison.field(),
                model.fields().get(f).levels().get(level).level(),
                weight[f][level] + frequency,
                frequency));
      }
    }
    return new MatchExplanation(lines, priorWeight());
  }

  /**
   * Returns the term-frequency adjustment of exact agreement on {@code value}: {@code log2(u /
   * u_x)}, where {@code u_x} is the share of the other records that hold the value besides the two
   * compared. Only values more common than agreement in general are weighed down; a rarer value is
   * left at the level's weight, since in data with duplicates a value held by one party twice is
   * not evidence of a common value (Splink's adjustment would weigh such pairs down).
   */
  private double adjustment(int f, String value) {
    long total = terms.total(f);
    if (total <= 2) {
      return 0;
    }
    double others = Math.max(0, terms.count(f, value) - 2) / (double) (total - 2);
    return others <= exactU[f] ? 0 : Math.log(exactU[f] / others) / LOG2;
  }
}
