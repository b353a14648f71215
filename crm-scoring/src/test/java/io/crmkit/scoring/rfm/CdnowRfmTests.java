package io.crmkit.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import io.crmkit.scoring.CdnowData;
import java.io.IOException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** RFM invariants on the CDNOW panel: 69,659 purchases by 23,570 customers, 1997 to mid 1998. */
class CdnowRfmTests {

  private static final Instant AS_OF = Instant.parse("1998-07-01T00:00:00Z");
  private static RfmAnalysis<String> rfm;

  @BeforeAll
  static void analyse() throws IOException {
    List<Purchase<String>> purchases = CdnowData.purchases();
    assertThat(purchases).hasSize(69_659);
    rfm = RfmAnalysis.of(purchases, AS_OF);
  }

  @Test
  void analysesEveryCustomer() {
    assertThat(rfm.customers()).hasSize(23_570);
    assertThat(rfm.customers().stream().mapToLong(CustomerRfm::purchases).sum()).isEqualTo(69_659);
  }

  @Test
  void splitsEachScoreIntoQuintilesUpToTies() {
    checkQuintiles(CustomerRfm::lastPurchase, customer -> customer.score().recency());
    checkQuintiles(CustomerRfm::purchases, customer -> customer.score().frequency());
    checkQuintiles(CustomerRfm::spent, customer -> customer.score().monetary());
  }

  /**
   * With ties broken by position, sizes would be within one of each other; with ties, each run of
   * equal values takes the score of the position where it starts, so a quintile grows or shrinks
   * only by whole runs that straddle its boundary.
   */
  private static <V extends Comparable<? super V>> void checkQuintiles(
      Function<CustomerRfm<String>, V> value, ToIntFunction<CustomerRfm<String>> score) {
    List<CustomerRfm<String>> sorted =
        rfm.customers().stream().sorted(Comparator.comparing(value)).toList();
    int n = sorted.size();
    int runStart = 0;
    int longestRun = 1;
    for (int i = 0; i < n; i++) {
      if (i > 0 && value.apply(sorted.get(i)).compareTo(value.apply(sorted.get(i - 1))) != 0) {
        runStart = i;
      }
      longestRun = Math.max(longestRun, i - runStart + 1);
      assertThat(score.applyAsInt(sorted.get(i))).isEqualTo(1 + (int) (5L * runStart / n));
    }
    Map<Integer, Long> sizes =
        rfm.customers().stream()
            .collect(Collectors.groupingBy(score::applyAsInt, Collectors.counting()));
    for (long size : sizes.values()) {
      assertThat(Math.abs(size - n / 5.0)).isLessThanOrEqualTo(1.0 + longestRun);
    }
    assertThat(sizes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(n);
  }

  @Test
  void givesMonetaryScoresInNearlyEqualFifths() {
    // few customers spent exactly the same, so every fifth is close to 4,714
    Map<Integer, Long> sizes =
        rfm.customers().stream()
            .collect(Collectors.groupingBy(c -> c.score().monetary(), Collectors.counting()));
    assertThat(sizes).containsOnlyKeys(1, 2, 3, 4, 5);
    sizes.values().forEach(size -> assertThat(size).isBetween(4_000L, 5_500L));
  }

  @Test
  void putsEveryCustomerInExactlyOneNamedSegment() {
    Map<RfmSegment, Long> sizes = rfm.segmentSizes();

    assertThat(sizes.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(23_570);
    rfm.customers()
        .forEach(
            customer ->
                assertThat(customer.segment())
                    .isEqualTo(
                        RfmSegment.of(customer.score().recency(), customer.score().frequency())));
  }

  @Test
  void giveChampionsTheTopRecencyAndAHighFrequency() {
    List<CustomerRfm<String>> champions =
        rfm.customers().stream().filter(c -> c.segment() == RfmSegment.CHAMPIONS).toList();

    assertThat(champions).isNotEmpty();
    assertThat(champions)
        .allSatisfy(
            c -> {
              assertThat(c.score().recency()).isEqualTo(5);
              assertThat(c.score().frequency()).isGreaterThanOrEqualTo(4);
              assertThat(c.purchases()).isGreaterThan(1);
            });
  }

  @Test
  void neverScoresALaterBuyerBelowAnEarlierOne() {
    List<CustomerRfm<String>> byLast =
        rfm.customers().stream().sorted(Comparator.comparing(CustomerRfm::lastPurchase)).toList();
    for (int i = 1; i < byLast.size(); i++) {
      assertThat(byLast.get(i).score().recency())
          .isGreaterThanOrEqualTo(byLast.get(i - 1).score().recency());
    }
  }
}
