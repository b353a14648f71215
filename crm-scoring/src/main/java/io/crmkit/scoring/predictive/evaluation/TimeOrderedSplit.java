package io.crmkit.scoring.predictive.evaluation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.predictive.Observation;
import java.util.Comparator;
import java.util.List;

/**
 * A history cut in time: train on the leads and deals closed first, test on those closed last. This
 * is how a model meets the future, so it is the honest estimate when customers change over time.
 *
 * @param training the earlier observations, never empty
 * @param test the later observations, never empty
 * @since 0.1
 */
public record TimeOrderedSplit(List<Observation> training, List<Observation> test) {

  /**
   * Creates a {@code TimeOrderedSplit}, checking its components as the type's comment describes.
   */
  public TimeOrderedSplit {
    requireNonNull(training, "training observations");
    requireNonNull(test, "test observations");
    checkArgument(!training.isEmpty(), "a time-ordered split needs training observations");
    checkArgument(!test.isEmpty(), "a time-ordered split needs test observations");
    training = List.copyOf(training);
    test = List.copyOf(test);
  }

  /**
   * Returns the split of {@code history} whose training part is the earliest {@code
   * trainingFraction} of it by closing instant (rounded down); observations closed at the same
   * instant keep their order in {@code history}.
   *
   * @param history at least two observations
   * @param trainingFraction in (0, 1), leaving both parts non-empty
   */
  public static TimeOrderedSplit of(List<Observation> history, double trainingFraction) {
    requireNonNull(history, "history");
    checkArgument(
        trainingFraction > 0 && trainingFraction < 1,
        "training fraction must be in (0, 1): %s",
        trainingFraction);
    List<Observation> ordered =
        history.stream().sorted(Comparator.comparing(Observation::closedAt)).toList();
    int cut = (int) Math.floor(trainingFraction * ordered.size());
    checkArgument(
        cut > 0 && cut < ordered.size(),
        "a training fraction of %s leaves a part of the %s observations empty",
        (Object) trainingFraction,
        (Object) ordered.size());
    return new TimeOrderedSplit(ordered.subList(0, cut), ordered.subList(cut, ordered.size()));
  }
}
