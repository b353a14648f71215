package io.crmkit.scoring.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoPurchaseRecommenderTests {

  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  /** 4 customers bought tent and stove, 2 tent and lamp, 1 stove and kettle, 6 only socks. */
  private static List<ItemPurchase<Integer, String>> orders() {
    List<ItemPurchase<Integer, String>> orders = new ArrayList<>();
    int customer = 0;
    for (int i = 0; i < 4; i++, customer++) {
      orders.add(ItemPurchase.of(customer, "tent", AT));
      orders.add(ItemPurchase.of(customer, "stove", AT));
    }
    for (int i = 0; i < 2; i++, customer++) {
      orders.add(ItemPurchase.of(customer, "tent", AT));
      orders.add(ItemPurchase.of(customer, "lamp", AT));
    }
    orders.add(ItemPurchase.of(customer, "stove", AT));
    orders.add(ItemPurchase.of(customer++, "kettle", AT));
    for (int i = 0; i < 6; i++, customer++) {
      orders.add(ItemPurchase.of(customer, "socks", AT));
    }
    return orders;
  }

  @Test
  void recommendsWhatWasBoughtWithTheCustomersProductsAndSaysWhy() {
    CoPurchaseRecommender<String> recommender =
        CoPurchaseRecommender.train(orders(), 2, Similarity.COSINE);

    List<Recommendation<String>> next = recommender.recommend(Set.of("tent"), 5);

    assertThat(next).extracting(Recommendation::item).containsExactly("stove", "lamp");
    assertThat(next.get(0).explanation()).isEqualTo("bought with tent by 4 customers");
    // cosine: 4 / sqrt(6 * 5)
    assertThat(next.get(0).score())
        .isCloseTo(4 / Math.sqrt(30), org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void leavesOutWhatTheCustomerHasAndPairsBelowTheSupport() {
    CoPurchaseRecommender<String> recommender =
        CoPurchaseRecommender.train(orders(), 2, Similarity.LIFT);

    assertThat(recommender.recommend(Set.of("tent", "stove"), 5))
        .extracting(Recommendation::item)
        .containsExactly("lamp");
    // stove and kettle were bought together once: below the support of 2
    assertThat(recommender.neighbours("kettle")).isEmpty();
    assertThat(recommender.recommend(Set.of("socks", "unknown"), 5)).isEmpty();
  }

  @Test
  void scoresLiftAgainstIndependence() {
    CoPurchaseRecommender<String> recommender =
        CoPurchaseRecommender.train(orders(), 1, Similarity.LIFT);

    // 13 customers; tent 6, lamp 2, both 2: 2 * 13 / (6 * 2)
    assertThat(recommender.neighbours("lamp"))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.score())
                    .isCloseTo(26.0 / 12, org.assertj.core.data.Offset.offset(1e-12)));
  }

  @Test
  void offersPopularProductsToNewCustomers() {
    PopularityRecommender<String> popular = PopularityRecommender.train(orders());

    assertThat(popular.recommend(Set.of(), 2))
        .extracting(Recommendation::explanation)
        .containsExactly("bought by 6 customers", "bought by 6 customers");
    assertThat(popular.recommend(Set.of("socks"), 1))
        .extracting(Recommendation::item)
        .containsExactly("tent");
  }

  @Test
  void countsHitsOnlyForCustomersWhoBoughtSomethingNew() {
    Instant later = AT.plusSeconds(86_400);
    List<ItemPurchase<Integer, String>> orders = new ArrayList<>(orders());
    orders.add(ItemPurchase.of(4, "stove", later)); // owns tent and lamp: stove is a hit
    orders.add(ItemPurchase.of(8, "tent", later)); // owns socks, linked to nothing: no hit
    orders.add(ItemPurchase.of(0, "tent", later)); // already had it: not tested
    orders.add(ItemPurchase.of(99, "tent", later)); // new customer: not tested

    HitRate rate =
        HitRate.of(
            orders,
            later,
            1,
            training -> CoPurchaseRecommender.train(training, 2, Similarity.COSINE));

    assertThat(rate).isEqualTo(new HitRate(1, 2, 1));
    assertThatThrownBy(() -> CoPurchaseRecommender.train(orders, 0, Similarity.LIFT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimum support must be at least 1: 0");
  }
}
