package io.crmkit.scoring.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.core.fixtures.EvaluationReport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hit rate at 5 of co-purchase recommendations against popularity, on CDNOW-like orders split at
 * 1997-10-01 (EVALUATION.md).
 */
class RecommendationEvaluationTests {

  private static final EvaluationReport REPORT =
      EvaluationReport.of(RecommendationEvaluationTests.class);

  private static final Instant CUTOFF = Instant.parse("1997-10-01T00:00:00Z");

  @Test
  void coPurchasesBeatPopularityAtFive() {
    List<ItemPurchase<String, String>> orders = CdnowLikeOrders.generate(10_000, 19970101L);

    HitRate popularity = HitRate.of(orders, CUTOFF, 5, PopularityRecommender::train);
    HitRate lift =
        HitRate.of(
            orders,
            CUTOFF,
            5,
            training -> CoPurchaseRecommender.train(training, 10, Similarity.LIFT));
    HitRate cosine =
        HitRate.of(
            orders,
            CUTOFF,
            5,
            training -> CoPurchaseRecommender.train(training, 10, Similarity.COSINE));

    REPORT.line(
        "%d order lines; hit rate at 5 over %d customers: popularity %.4f, lift %.4f, cosine %.4f",
        orders.size(), popularity.customers(), popularity.rate(), lift.rate(), cosine.rate());
    assertThat(lift.customers()).isEqualTo(popularity.customers()).isGreaterThan(1_000);
    assertThat(Math.max(lift.rate(), cosine.rate())).isGreaterThan(popularity.rate() * 1.2);
  }
}
