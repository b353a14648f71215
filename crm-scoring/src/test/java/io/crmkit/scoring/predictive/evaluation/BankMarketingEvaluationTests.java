package io.crmkit.scoring.predictive.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crmkit.core.fixtures.EvaluationReport;
import io.crmkit.scoring.predictive.CalibratedTrainer;
import io.crmkit.scoring.predictive.Calibration;
import io.crmkit.scoring.predictive.LogisticRegressionTrainer;
import io.crmkit.scoring.predictive.ModelTrainer;
import io.crmkit.scoring.predictive.NaiveBayesTrainer;
import io.crmkit.scoring.predictive.Observation;
import io.crmkit.scoring.predictive.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Evaluates both models on the UCI bank-marketing data (see EVALUATION.md at the repository root);
 * skipped when the shared data folder is absent.
 */
class BankMarketingEvaluationTests {

  private static final EvaluationReport REPORT =
      EvaluationReport.of(BankMarketingEvaluationTests.class);

  private static final long SEED = 20140601L;
  private static final int FOLDS = 5;

  private static List<Observation> history = List.of();

  @BeforeAll
  static void readData() throws IOException {
    String dataDir = System.getProperty("crmkit.data.dir");
    assumeTrue(dataDir != null, "crmkit.data.dir is not set");
    Path file = Path.of(dataDir).resolve(BankMarketingData.FILE);
    assumeTrue(Files.isReadable(file), () -> "no bank-marketing data at " + file);
    history = BankMarketingData.read(file);
  }

  @Test
  void readsEveryRowWithoutAMadeUpInstant() {
    assertThat(history).hasSize(45_211);
    assertThat(history.stream().filter(o -> o.outcome() == Outcome.WON)).hasSize(5_289);
    assertThat(history).allSatisfy(observation -> assertThat(observation.closedAt()).isEmpty());
  }

  @Test
  void betterModelReachesTheTargetAuc() {
    NaiveBayesTrainer bayes = NaiveBayesTrainer.of(BankMarketingData.SCHEMA);
    Report naiveBayes = report("naive Bayes", bayes);
    Report platt =
        report("naive Bayes, Platt", CalibratedTrainer.of(bayes, Calibration.Method.PLATT));
    Report isotonic =
        report("naive Bayes, isotonic", CalibratedTrainer.of(bayes, Calibration.Method.ISOTONIC));
    Report logistic =
        report("logistic regression", LogisticRegressionTrainer.of(BankMarketingData.SCHEMA));

    assertThat(Math.max(naiveBayes.crossValidated.meanAuc(), logistic.crossValidated.meanAuc()))
        .isGreaterThanOrEqualTo(0.79);
    // the future is harder than a shuffled past, but both models must still rank far above chance
    assertThat(naiveBayes.timeOrdered.auc()).isGreaterThan(0.6);
    assertThat(logistic.timeOrdered.auc()).isGreaterThan(0.6);
    // calibration mends the probabilities of naive Bayes on folds like those it was fitted on
    assertThat(platt.crossValidated.mean(Evaluation::brierScore))
        .isLessThan(naiveBayes.crossValidated.mean(Evaluation::brierScore));
    assertThat(isotonic.crossValidated.mean(Evaluation::brierScore))
        .isLessThan(naiveBayes.crossValidated.mean(Evaluation::brierScore));
  }

  private static Report report(String name, ModelTrainer trainer) {
    CrossValidationResult crossValidated = CrossValidation.kFold(history, FOLDS, SEED, trainer);
    TimeOrderedSplit split = TimeOrderedSplit.inGivenOrder(history, 0.8);
    Evaluation timeOrdered = Evaluation.of(trainer.train(split.training()), split.test());
    REPORT.line(
        "%-20s 5-fold AUC %.4f +- %.4f, log loss %.4f, Brier %.4f, top-decile lift %.2f |"
            + " time-ordered 80/20 AUC %.4f, log loss %.4f, Brier %.4f, top-decile lift %.2f",
        name,
        crossValidated.meanAuc(),
        crossValidated.aucStandardDeviation(),
        crossValidated.mean(Evaluation::logLoss),
        crossValidated.mean(Evaluation::brierScore),
        crossValidated.mean(Evaluation::topDecileLift),
        timeOrdered.auc(),
        timeOrdered.logLoss(),
        timeOrdered.brierScore(),
        timeOrdered.topDecileLift());
    reliability(name + ", fold 1 of 5", crossValidated.folds().get(0).calibration());
    reliability(name + ", time-ordered test", timeOrdered.calibration());
    return new Report(crossValidated, timeOrdered);
  }

  private static void reliability(String name, CalibrationTable table) {
    StringBuilder line = new StringBuilder();
    for (CalibrationTable.Bin bin : table.bins()) {
      line.append(String.format(" %.3f/%.3f", bin.meanPredicted(), bin.observedRate()));
    }
    REPORT.line("%-40s predicted/observed by decile:%s", name, line);
  }

  private record Report(CrossValidationResult crossValidated, Evaluation timeOrdered) {}
}
