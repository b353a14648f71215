package io.crmkit.scoring.churn;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.predictive.Observation;
import io.crmkit.scoring.predictive.Outcome;
import io.crmkit.scoring.predictive.evaluation.Evaluation;
import java.time.Instant;
import java.util.List;

/**
 * A churn model judged the way it will be used: trained on the customers as of one cut-off (with
 * churn labelled in the inactivity window after it), then tested on the customers as of a later
 * cut-off, against whether they bought in the window after that one. The test cut-off is at least
 * one window after the training cut-off, so that every training label was known by then.
 *
 * @param trainingCustomers how many customers the model was trained on
 * @param trainingChurnRate the share of them who churned
 * @param testCustomers how many customers it was tested on
 * @param testChurnRate the share of them who churned
 * @param evaluation ranking and calibration on the test customers, "won" standing for churned: AUC,
 *     Brier score, log loss and reliability by decile; never null
 * @since 0.1
 */
public record ChurnBacktest(
    int trainingCustomers,
    double trainingChurnRate,
    int testCustomers,
    double testChurnRate,
    Evaluation evaluation) {

  /** Creates a {@code ChurnBacktest}, checking its components as the type's comment describes. */
  public ChurnBacktest {
    requireNonNull(evaluation, "evaluation");
  }

  /**
   * Runs the backtest of {@code trainer} on {@code customers}.
   *
   * @param trainingCutoff the instant the model is trained as of
   * @param testCutoff the instant it is tested as of, at least one inactivity window later
   * @throws io.crmkit.scoring.predictive.InsufficientHistoryException if either set of customers
   *     has only churned or only returning customers
   */
  public static ChurnBacktest run(
      ChurnTrainer trainer,
      List<? extends CustomerActivity<?>> customers,
      Instant trainingCutoff,
      Instant testCutoff) {
    requireNonNull(trainer, "trainer");
    requireNonNull(trainingCutoff, "trainingCutoff");
    requireNonNull(testCutoff, "testCutoff");
    checkArgument(
        !testCutoff.isBefore(trainingCutoff.plus(trainer.inactivity())),
        "the test cut-off %s comes before the training labels are known (%s)",
        testCutoff,
        trainingCutoff.plus(trainer.inactivity()));
    List<Observation> training = trainer.observations(customers, trainingCutoff);
    List<Observation> test = trainer.observations(customers, testCutoff);
    ChurnModel model = trainer.train(training);
    return new ChurnBacktest(
        training.size(),
        churnRate(training),
        test.size(),
        churnRate(test),
        Evaluation.of(model.predictiveModel(), test));
  }

  private static double churnRate(List<Observation> observations) {
    long churned = observations.stream().filter(o -> o.outcome() == Outcome.WON).count();
    return observations.isEmpty() ? 0 : (double) churned / observations.size();
  }
}
