package io.crmkit.scoring.predictive;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * The recipe for a {@link CalibratedModel}: a base trainer, a calibration method, and the
 * observations the calibration is fitted on, which the model being calibrated must not have learned
 * from. Immutable; {@code with} methods return copies.
 *
 * <p>By cross-validation (the default, 5 folds): each fold is scored by a base model trained on the
 * other folds, the calibration is fitted on those out-of-fold scores, and the model kept is the
 * base model trained on the whole history; every observation serves both purposes, at the price of
 * training the base model once per fold more. On a held-out part: the base model is trained on the
 * rest and the calibration fitted on the part; cheaper, but the model learns from less.
 *
 * <pre>{@code
 * ModelTrainer trainer = CalibratedTrainer.of(NaiveBayesTrainer.of(schema), Calibration.Method.PLATT);
 * PredictiveModel model = trainer.train(history);   // probabilities that hold up against outcomes
 * }</pre>
 *
 * @since 0.1
 */
public final class CalibratedTrainer implements ModelTrainer {

  /** The folds a new trainer fits its calibration by. */
  public static final int DEFAULT_FOLDS = 5;

  /** The seed of the shuffle that deals the folds or draws the held-out part. */
  public static final long DEFAULT_SEED = 1L;

  private final ModelTrainer base;
  private final Calibration.Method method;
  private final int folds;
  private final double heldOutFraction;
  private final long seed;

  private CalibratedTrainer(
      ModelTrainer base, Calibration.Method method, int folds, double heldOutFraction, long seed) {
    this.base = requireNonNull(base, "base trainer");
    this.method = requireNonNull(method, "calibration method");
    this.folds = folds;
    this.heldOutFraction = heldOutFraction;
    this.seed = seed;
  }

  /** Returns a trainer that calibrates {@code base}'s models by {@code method}, cross-validated. */
  public static CalibratedTrainer of(ModelTrainer base, Calibration.Method method) {
    return new CalibratedTrainer(base, method, DEFAULT_FOLDS, 0, DEFAULT_SEED);
  }

  /**
   * Returns a copy that fits the calibration on out-of-fold scores of {@code folds} (2 or more).
   */
  public CalibratedTrainer byCrossValidation(int folds) {
    checkArgument(folds >= 2, "calibration needs at least 2 folds: %s", folds);
    return new CalibratedTrainer(base, method, folds, 0, seed);
  }

  /**
   * Returns a copy that fits the calibration on a stratified part of the history, which the base
   * model does not learn from: one of {@code round(1 / fraction)} (at least 2) stratified folds, so
   * {@code 0.2} holds out a fifth and {@code 0.3} a third.
   *
   * @param fraction the share to hold out, in (0, 1)
   */
  public CalibratedTrainer onHeldOut(double fraction) {
    checkArgument(
        fraction > 0 && fraction < 1, "held-out fraction must be in (0, 1): %s", fraction);
    return new CalibratedTrainer(base, method, 0, fraction, seed);
  }

  /**
   * Returns a copy whose folds or held-out part are drawn by a shuffle seeded with {@code seed}.
   */
  public CalibratedTrainer withSeed(long seed) {
    return new CalibratedTrainer(base, method, folds, heldOutFraction, seed);
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException also when the history has too few won or lost observations to
   *     deal into the folds (one of each per fold) or to hold some out
   */
  @Override
  public CalibratedModel train(List<Observation> history) {
    requireNonNull(history, "history");
    List<Double> scores = new ArrayList<>();
    List<Boolean> outcomes = new ArrayList<>();
    PredictiveModel model;
    if (folds > 0) {
      List<List<Observation>> dealt = StratifiedFolds.deal(history, folds, seed);
      for (int fold = 0; fold < folds; fold++) {
        score(base.train(StratifiedFolds.allBut(dealt, fold)), dealt.get(fold), scores, outcomes);
      }
      model = base.train(history);
    } else {
      // as many folds as make the held-out part one of them, at least two
      int parts = Math.max(2, (int) Math.round(1 / heldOutFraction));
      List<List<Observation>> dealt = StratifiedFolds.deal(history, parts, seed);
      model = base.train(StratifiedFolds.allBut(dealt, 0));
      score(model, dealt.get(0), scores, outcomes);
    }
    double[] raw = scores.stream().mapToDouble(Double::doubleValue).toArray();
    boolean[] won = new boolean[outcomes.size()];
    for (int i = 0; i < won.length; i++) {
      won[i] = outcomes.get(i);
    }
    return new CalibratedModel(model, method.fit(raw, won));
  }

  private static void score(
      PredictiveModel model, List<Observation> heldOut, List<Double> scores, List<Boolean> won) {
    for (Observation observation : heldOut) {
      scores.add(model.predict(observation.features()).logOdds());
      won.add(observation.outcome().isWon());
    }
  }

  @Override
  public String toString() {
    return "CalibratedTrainer["
        + method
        + (folds > 0 ? ", folds=" + folds : ", heldOut=" + heldOutFraction)
        + ", seed="
        + seed
        + ", "
        + base
        + "]";
  }
}
