package io.crmkit.scoring.value.internal;

import static com.google.common.base.Preconditions.checkArgument;

import io.crmkit.scoring.value.ModelFitException;
import java.util.function.ToDoubleFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.MaxIter;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.SimpleValueChecker;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.hipparchus.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * Maximum-likelihood fits of models whose parameters are all positive: Hipparchus' Nelder-Mead
 * simplex on the logarithms of the parameters, restarted from its best point until a restart no
 * longer improves the likelihood.
 *
 * <p>The simplex needs no gradient, and the logarithms keep every trial point inside the domain.
 * One run can stop early when the simplex stalls (a value checker sees no progress between two
 * iterations while the simplex is still wide), which the restarts undo.
 */
public final class MaximumLikelihood {

  /** Relative change of the log-likelihood below which a run and the restarts stop. */
  static final double TOLERANCE = 1e-12;

  static final int MAX_RESTARTS = 30;
  static final int MAX_EVALUATIONS = 200_000;

  /** A logarithm beyond which a parameter has run off to zero or infinity. */
  static final double LOG_LIMIT = 40;

  private MaximumLikelihood() {}

  /**
   * Returns the positive parameters that maximise {@code logLikelihood}.
   *
   * @param model the model's name, for errors
   * @param customers how many customers the likelihood covers, for errors
   * @param logLikelihood the log-likelihood of positive parameters; NaN or infinite values count as
   *     impossible
   * @param start a positive starting point
   * @throws ModelFitException if the optimiser does not converge or a parameter runs off to 0 or
   *     infinity
   */
  public static Fit maximise(
      String model, int customers, ToDoubleFunction<double[]> logLikelihood, double[] start) {
    checkArgument(start.length > 0, "no parameter to fit");
    double[] point = new double[start.length];
    for (int i = 0; i < start.length; i++) {
      checkArgument(
          start[i] > 0 && Double.isFinite(start[i]), "start must be positive: %s", start[i]);
      point[i] = Math.log(start[i]);
    }
    ObjectiveFunction objective =
        new ObjectiveFunction(
            logs -> {
              double[] parameters = new double[logs.length];
              for (int i = 0; i < logs.length; i++) {
                if (Math.abs(logs[i]) > LOG_LIMIT) {
                  return Double.POSITIVE_INFINITY;
                }
                parameters[i] = Math.exp(logs[i]);
              }
              double value = -logLikelihood.applyAsDouble(parameters);
              return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
            });
    SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(TOLERANCE, 0));
    double best = Double.POSITIVE_INFINITY;
    int evaluations = 0;
    for (int restart = 0; restart <= MAX_RESTARTS; restart++) {
      PointValuePair result;
      try {
        result =
            optimizer.optimize(
                objective,
                GoalType.MINIMIZE,
                new InitialGuess(point),
                new NelderMeadSimplex(point.length, 0.5),
                new MaxEval(MAX_EVALUATIONS),
                MaxIter.unlimited());
      } catch (MathIllegalStateException e) {
        throw new ModelFitException(
            model, customers, "the optimiser did not converge: " + e.getMessage());
      }
      evaluations += optimizer.getEvaluations();
      double value = result.getValue();
      boolean settled = best - value <= TOLERANCE * (1 + Math.abs(value));
      if (value < best) {
        best = value;
        point = result.getPoint();
      }
      if (settled) {
        return fit(model, customers, point, best, evaluations);
      }
    }
    throw new ModelFitException(
        model, customers, "the likelihood still improved after " + MAX_RESTARTS + " restarts");
  }

  private static Fit fit(
      String model, int customers, double[] logs, double negativeLogLikelihood, int evaluations) {
    if (!Double.isFinite(negativeLogLikelihood)) {
      throw new ModelFitException(
          model, customers, "no parameters give the data a finite likelihood");
    }
    double[] parameters = new double[logs.length];
    for (int i = 0; i < logs.length; i++) {
      if (Math.abs(logs[i]) > LOG_LIMIT - 1) {
        throw new ModelFitException(
            model,
            customers,
            "parameter " + (i + 1) + " runs off to " + (logs[i] > 0 ? "infinity" : "zero"));
      }
      parameters[i] = Math.exp(logs[i]);
    }
    return new Fit(parameters, -negativeLogLikelihood, evaluations);
  }

  /**
   * The outcome of a fit.
   *
   * @param parameters the maximising parameters, all positive
   * @param logLikelihood the log-likelihood there
   * @param evaluations how many times the likelihood was evaluated
   */
  public record Fit(double[] parameters, double logLikelihood, int evaluations) {

    public Fit {
      parameters = parameters.clone();
    }

    @Override
    public double[] parameters() {
      return parameters.clone();
    }
  }
}
