package io.crmkit.scoring.recommend;

import io.crmkit.scoring.rfm.Purchase;
import io.crmkit.scoring.value.BgNbdModel;
import io.crmkit.scoring.value.GammaGammaModel;
import io.crmkit.scoring.value.PurchaseSimulation;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * CDNOW-like orders with products, for recommendation tests (CDNOW itself has no product ids). The
 * generating process, documented in EVALUATION.md:
 *
 * <ul>
 *   <li>When customers buy: {@link PurchaseSimulation} with CDNOW's published BG/NBD and
 *       Gamma-Gamma parameters, first purchases over the 12 weeks from 1997-01-01, until
 *       1998-06-30, as in the panel.
 *   <li>The catalogue: 12 genres of 25 titles; genre g has weight 1/(g+1), title t of a genre
 *       1/(t+1) (Zipf).
 *   <li>Each customer has a favourite and a second genre, drawn by genre weight.
 *   <li>Each purchase holds 1 + Poisson(1.4) titles (CDNOW averages 2.4 CDs per purchase). Each
 *       title: with probability 0.3, the next title of a series the customer owns (title t + 1 of
 *       the same genre, after t); otherwise the favourite genre (0.55), the second (0.2) or any
 *       genre by weight (0.25), then a title by weight. A customer never buys a title twice.
 * </ul>
 */
final class CdnowLikeOrders {

  static final int GENRES = 12;
  static final int TITLES = 25;

  private CdnowLikeOrders() {}

  static List<ItemPurchase<String, String>> generate(int customers, long seed) {
    PurchaseSimulation timing =
        PurchaseSimulation.of(
            BgNbdModel.of(0.2426, 4.4135, 0.7929, 2.4258),
            GammaGammaModel.of(6.25, 3.74, 15.45),
            Duration.ofDays(7));
    LocalDate first = LocalDate.of(1997, 1, 1);
    List<Purchase<String>> purchases =
        timing.simulate(customers, first, 84, LocalDate.of(1998, 6, 30), seed);
    Random random = new Random(seed);
    double[] genreWeights = zipf(GENRES);
    double[] titleWeights = zipf(TITLES);
    Map<String, int[]> tastes = new HashMap<>();
    Map<String, Set<Integer>> owned = new HashMap<>();
    List<ItemPurchase<String, String>> lines = new ArrayList<>();
    for (Purchase<String> purchase : purchases) {
      int[] taste =
          tastes.computeIfAbsent(
              purchase.customer(),
              key -> new int[] {draw(random, genreWeights), draw(random, genreWeights)});
      Set<Integer> has = owned.computeIfAbsent(purchase.customer(), key -> new HashSet<>());
      int titles = 1 + poisson(random, 1.4);
      for (int line = 0; line < titles; line++) {
        int product = -1;
        for (int attempt = 0; attempt < 20 && (product < 0 || has.contains(product)); attempt++) {
          product = pick(random, taste, has, genreWeights, titleWeights);
        }
        if (product >= 0 && has.add(product)) {
          lines.add(ItemPurchase.of(purchase.customer(), name(product), purchase.at()));
        }
      }
    }
    return List.copyOf(lines);
  }

  private static int pick(
      Random random, int[] taste, Set<Integer> has, double[] genres, double[] titles) {
    if (!has.isEmpty() && random.nextDouble() < 0.3) {
      List<Integer> next = new ArrayList<>();
      for (int product : has) {
        if (product % TITLES < TITLES - 1 && !has.contains(product + 1)) {
          next.add(product + 1);
        }
      }
      if (!next.isEmpty()) {
        next.sort(Integer::compare);
        return next.get(random.nextInt(next.size()));
      }
    }
    double u = random.nextDouble();
    int genre = u < 0.55 ? taste[0] : u < 0.75 ? taste[1] : draw(random, genres);
    return genre * TITLES + draw(random, titles);
  }

  static String name(int product) {
    return String.format("g%02d-t%02d", product / TITLES, product % TITLES);
  }

  private static double[] zipf(int n) {
    double[] weights = new double[n];
    for (int i = 0; i < n; i++) {
      weights[i] = 1.0 / (i + 1);
    }
    return weights;
  }

  private static int draw(Random random, double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double u = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static int poisson(Random random, double mean) {
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }
}
