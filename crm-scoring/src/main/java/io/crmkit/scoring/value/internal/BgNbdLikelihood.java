package io.crmkit.scoring.value.internal;

import io.crmkit.scoring.value.CustomerSummary;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.special.Gamma;

/**
 * The BG/NBD log-likelihood of a set of customers (Fader, Hardie and Lee 2005, equation 6), in log
 * space throughout: gamma functions through {@link Gamma#logGamma}, the sum of the "still active"
 * and "dropped out after the last purchase" terms through log-sum-exp, so that customers with many
 * purchases or a long age neither overflow nor underflow.
 *
 * <p>Customers with the same frequency, recency and age are counted once with a weight, and the
 * gamma terms are computed once per distinct frequency, which makes an evaluation on the 2,357
 * CDNOW customers a few thousand logarithms.
 */
public final class BgNbdLikelihood {

  private final int[] frequencies;
  private final int[] group;
  private final double[] recency;
  private final double[] age;
  private final double[] weight;
  private final double meanAge;

  private BgNbdLikelihood(Map<Key, Integer> counts) {
    frequencies = counts.keySet().stream().mapToInt(Key::frequency).distinct().sorted().toArray();
    int n = counts.size();
    group = new int[n];
    recency = new double[n];
    age = new double[n];
    weight = new double[n];
    int row = 0;
    double ageSum = 0;
    double customers = 0;
    for (Map.Entry<Key, Integer> entry : counts.entrySet()) {
      group[row] = Arrays.binarySearch(frequencies, entry.getKey().frequency);
      recency[row] = entry.getKey().recency;
      age[row] = entry.getKey().age;
      weight[row] = entry.getValue();
      ageSum += weight[row] * age[row];
      customers += weight[row];
      row++;
    }
    meanAge = ageSum / customers;
  }

  /** Returns the likelihood of {@code summaries}, at least one. */
  public static BgNbdLikelihood of(List<? extends CustomerSummary<?>> summaries) {
    Map<Key, Integer> counts = new LinkedHashMap<>();
    for (CustomerSummary<?> summary : summaries) {
      counts.merge(new Key(summary.frequency(), summary.recency(), summary.age()), 1, Integer::sum);
    }
    return new BgNbdLikelihood(counts);
  }

  /** Returns the customers' mean age: the time scale a fit starts alpha from. */
  public double meanAge() {
    return meanAge;
  }

  /** Returns the log-likelihood of every customer at {@code r, alpha, a, b}, all positive. */
  public double logLikelihood(double r, double alpha, double a, double b) {
    double[] shared = new double[frequencies.length];
    double common =
        Gamma.logGamma(a + b) - Gamma.logGamma(b) - Gamma.logGamma(r) + r * Math.log(alpha);
    for (int i = 0; i < frequencies.length; i++) {
      int x = frequencies[i];
      shared[i] =
          common + Gamma.logGamma(r + x) + Gamma.logGamma(b + x) - Gamma.logGamma(a + b + x);
    }
    double logA = Math.log(a);
    double sum = 0;
    for (int row = 0; row < group.length; row++) {
      int x = frequencies[group[row]];
      double alive = -(r + x) * Math.log(alpha + age[row]);
      double value = alive;
      if (x > 0) {
        double dropped = logA - Math.log(b + x - 1) - (r + x) * Math.log(alpha + recency[row]);
        value = logSumExp(alive, dropped);
      }
      sum += weight[row] * (shared[group[row]] + value);
    }
    return sum;
  }

  private static double logSumExp(double first, double second) {
    double max = Math.max(first, second);
    return max + Math.log(Math.exp(first - max) + Math.exp(second - max));
  }

  private record Key(int frequency, double recency, double age) {}
}
