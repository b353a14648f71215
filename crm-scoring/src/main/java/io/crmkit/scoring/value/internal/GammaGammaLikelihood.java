package io.crmkit.scoring.value.internal;

import io.crmkit.scoring.value.CustomerSummary;
import java.util.List;
import org.hipparchus.special.Gamma;

/**
 * The Gamma-Gamma log-likelihood of repeat buyers' mean spends (Fader, Hardie and Lee 2005, "RFM
 * and CLV"; Fader and Hardie 2013): a customer's mean of x repeat spends, each gamma(p, nu), with
 * nu gamma(q, v) across customers, has the density
 *
 * <pre>
 * Gamma(px + q) / (Gamma(px) Gamma(q)) * v^q * m^(px - 1) * x^(px) / (v + m x)^(px + q)
 * </pre>
 *
 * computed in log space with {@link Gamma#logGamma}.
 */
public final class GammaGammaLikelihood {

  private final int[] frequency;
  private final double[] meanSpend;
  private final double grandMean;

  private GammaGammaLikelihood(int[] frequency, double[] meanSpend) {
    this.frequency = frequency;
    this.meanSpend = meanSpend;
    double sum = 0;
    for (double spend : meanSpend) {
      sum += spend;
    }
    this.grandMean = sum / meanSpend.length;
  }

  /** Returns the likelihood of {@code repeatBuyers}: at least one, each with a positive spend. */
  public static GammaGammaLikelihood of(List<? extends CustomerSummary<?>> repeatBuyers) {
    int[] frequency = new int[repeatBuyers.size()];
    double[] meanSpend = new double[repeatBuyers.size()];
    for (int i = 0; i < frequency.length; i++) {
      frequency[i] = repeatBuyers.get(i).frequency();
      meanSpend[i] = repeatBuyers.get(i).meanRepeatSpend();
    }
    return new GammaGammaLikelihood(frequency, meanSpend);
  }

  /** Returns the mean of the customers' mean spends: the scale a fit starts v from. */
  public double grandMean() {
    return grandMean;
  }

  /** Returns the log-likelihood of every customer at {@code p, q, v}, all positive. */
  public double logLikelihood(double p, double q, double v) {
    double common = q * Math.log(v) - Gamma.logGamma(q);
    double sum = 0;
    for (int i = 0; i < frequency.length; i++) {
      double x = frequency[i];
      double m = meanSpend[i];
      double px = p * x;
      sum +=
          common
              + Gamma.logGamma(px + q)
              - Gamma.logGamma(px)
              + (px - 1) * Math.log(m)
              + px * Math.log(x)
              - (px + q) * Math.log(v + m * x);
    }
    return sum;
  }
}
