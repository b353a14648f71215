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
   * @param history at least two observations, each with its closing instant
   * @param trainingFraction in (0, 1), leaving both parts non-empty
   * @throws IllegalArgumentException naming the first observation without a closing instant: time
   *     cannot order it, and {@link #inGivenOrder} splits a history already in time order
   */
  public static TimeOrderedSplit of(List<Observation> history, double trainingFraction) {
    requireNonNull(history, "history");
    for (int i = 0; i < history.size(); i++) {
      checkArgument(
          requireNonNull(history.get(i), "observation").closedAt().isPresent(),
          "observation %s has no closing instant, so time cannot order it: split a history"
              + " already in time order with inGivenOrder",
          i);
    }
    return inGivenOrder(
        history.stream()
            .sorted(Comparator.comparing(observation -> observation.closedAt().orElseThrow()))
            .toList(),
        trainingFraction);
  }

  /**
   * Returns the split of {@code history}, taken to be in time order already (as a file of calls
   * without dates is), whose training part is its first {@code trainingFraction} (rounded down);
   * closing instants, where present, are not read.
   *
   * @param history at least two observations, earliest first
   * @param trainingFraction in (0, 1), leaving both parts non-empty
   */
  public static TimeOrderedSplit inGivenOrder(List<Observation> history, double trainingFraction) {
    requireNonNull(history, "history");
    checkArgument(
        trainingFraction > 0 && trainingFraction < 1,
        "training fraction must be in (0, 1): %s",
        trainingFraction);
    int cut = (int) Math.floor(trainingFraction * history.size());
    checkArgument(
        cut > 0 && cut < history.size(),
        "a training fraction of %s leaves a part of the %s observations empty",
        (Object) trainingFraction,
        (Object) history.size());
    return new TimeOrderedSplit(history.subList(0, cut), history.subList(cut, history.size()));
  }
}
