package io.crmkit.scoring.predictive;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.Crm;
import io.crmkit.core.deal.Deal;
import io.crmkit.core.deal.Pipeline;
import io.crmkit.core.deal.PipelineId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The predictor of an open deal's probability of being won, trained on the tenant's own closed
 * deals in the same pipeline, with the explanation of each prediction (the contribution of each
 * feature).
 *
 * <pre>{@code
 * DealWinPredictor predictor = DealWinPredictor.train(crm, pipelineId);   // logistic regression
 * Prediction p = predictor.predict(deal);   // p.probability(), p.contributions()
 * }</pre>
 *
 * @since 0.1
 */
public final class DealWinPredictor {

  private final Function<Deal, Map<String, FeatureValue>> features;
  private final PredictiveModel model;
  private final int historySize;

  private DealWinPredictor(
      Function<Deal, Map<String, FeatureValue>> features, PredictiveModel model, int historySize) {
    this.features = features;
    this.model = model;
    this.historySize = historySize;
  }

  /**
   * Trains a predictor on the closed deals of {@code pipeline} in {@code crm} with the default
   * model, {@link LogisticRegressionTrainer logistic regression}: on the public data of
   * EVALUATION.md it ranks best on shuffled folds and gives the best probabilities without a
   * calibration step, training once where a {@link CalibratedTrainer calibrated} model trains six
   * times.
   *
   * @param crm the CRM, opened for the tenant whose history is used
   * @param pipeline the pipeline
   * @throws InsufficientHistoryException if the pipeline has no won or no lost deal yet
   * @throws io.crmkit.core.NotFoundException if the pipeline does not exist
   */
  public static DealWinPredictor train(Crm crm, PipelineId pipeline) {
    return train(crm, pipeline, LogisticRegressionTrainer::of);
  }

  /**
   * Trains a predictor on the closed deals of {@code pipeline} in {@code crm}.
   *
   * @param crm the CRM, opened for the tenant whose history is used
   * @param pipeline the pipeline
   * @param trainer makes the trainer for the features' schema, e.g. {@code
   *     LogisticRegressionTrainer::of} or {@code NaiveBayesTrainer::of}
   * @throws InsufficientHistoryException if the pipeline has no won or no lost deal yet
   * @throws io.crmkit.core.NotFoundException if the pipeline does not exist
   */
  public static DealWinPredictor train(
      Crm crm, PipelineId pipeline, Function<FeatureSchema, ? extends ModelTrainer> trainer) {
    requireNonNull(crm, "crm");
    requireNonNull(trainer, "trainer");
    Pipeline found = crm.pipelines().get(requireNonNull(pipeline, "pipeline"));
    DealOutcomes outcomes = DealOutcomes.of(found);
    List<Observation> history = outcomes.observations(outcomes.deals(crm));
    return new DealWinPredictor(
        outcomes::features, trainer.apply(outcomes.schema()).train(history), history.size());
  }

  /**
   * Trains a predictor on the closed deals of {@code pipeline} in {@code crm}, with the features
   * {@code document} declares over each deal's {@linkplain RecordFacts facts}.
   *
   * @param crm the CRM, opened for the tenant whose history is used
   * @param pipeline the pipeline
   * @param document the features, read from each deal's facts
   * @param trainer makes the trainer for the document's schema
   * @throws InsufficientHistoryException if the pipeline has no won or no lost deal yet
   * @throws IllegalArgumentException naming the fact of a deal that does not fit its feature
   * @throws io.crmkit.core.NotFoundException if the pipeline does not exist
   */
  public static DealWinPredictor train(
      Crm crm,
      PipelineId pipeline,
      FeatureDocument document,
      Function<FeatureSchema, ? extends ModelTrainer> trainer) {
    requireNonNull(crm, "crm");
    requireNonNull(document, "feature document");
    requireNonNull(trainer, "trainer");
    Pipeline found = crm.pipelines().get(requireNonNull(pipeline, "pipeline"));
    RecordFacts facts = RecordFacts.of(crm);
    List<Observation> history = new ArrayList<>();
    for (Deal deal : DealOutcomes.of(found).deals(crm)) {
      if (!deal.isOpen()) {
        history.add(
            Observation.of(
                document.values(facts.deal(deal)),
                deal.isWon() ? Outcome.WON : Outcome.LOST,
                deal.closedAt().orElseThrow()));
      }
    }
    return new DealWinPredictor(
        deal -> document.values(facts.deal(deal)),
        trainer.apply(document.schema()).train(history),
        history.size());
  }

  /** Returns the predicted probability that {@code deal} is won, with its explanation. */
  public Prediction predict(Deal deal) {
    return model.predict(features.apply(requireNonNull(deal, "deal")));
  }

  /** Returns the trained model. */
  public PredictiveModel model() {
    return model;
  }

  /** Returns how many closed deals the model learned from. */
  public int historySize() {
    return historySize;
  }
}
