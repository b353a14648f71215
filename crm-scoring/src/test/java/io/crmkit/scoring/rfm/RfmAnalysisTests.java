package io.crmkit.scoring.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RfmAnalysisTests {

  private static final Instant DAY0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final Instant AS_OF = DAY0.plus(Duration.ofDays(30));

  private static Instant day(int day) {
    return DAY0.plus(Duration.ofDays(day));
  }

  private static Purchase<String> buy(String customer, int day, String amount) {
    return Purchase.of(customer, day(day), new BigDecimal(amount));
  }

  /** Customer k buys k times, last on day k, 10 each: every score is k. */
  private static List<Purchase<String>> ladder() {
    List<Purchase<String>> purchases = new ArrayList<>();
    for (int k = 1; k <= 5; k++) {
      for (int i = 0; i < k; i++) {
        purchases.add(buy("c" + k, k - i, "10.00"));
      }
    }
    return purchases;
  }

  @Test
  void scoresEachCustomerByQuintile() {
    RfmAnalysis<String> rfm = RfmAnalysis.of(ladder(), AS_OF);

    for (int k = 1; k <= 5; k++) {
      CustomerRfm<String> customer = rfm.customer("c" + k).orElseThrow();
      assertThat(customer.score()).isEqualTo(RfmScore.of(k, k, k));
      assertThat(customer.purchases()).isEqualTo(k);
      assertThat(customer.lastPurchase()).isEqualTo(day(k));
      assertThat(customer.spent()).isEqualByComparingTo(BigDecimal.valueOf(10L * k));
    }
    assertThat(rfm.customer("c5").orElseThrow().segment()).isEqualTo(RfmSegment.CHAMPIONS);
    assertThat(rfm.customer("c4").orElseThrow().segment()).isEqualTo(RfmSegment.LOYAL_CUSTOMERS);
    assertThat(rfm.customer("c3").orElseThrow().segment()).isEqualTo(RfmSegment.NEED_ATTENTION);
    assertThat(rfm.customer("c2").orElseThrow().segment()).isEqualTo(RfmSegment.HIBERNATING);
    assertThat(rfm.customer("c1").orElseThrow().segment()).isEqualTo(RfmSegment.LOST);
    assertThat(rfm.customer("c1").orElseThrow().score().code()).isEqualTo("111");
  }

  @Test
  void givesTiedValuesTheScoreWhereTheirRunStarts() {
    List<Purchase<String>> purchases = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      purchases.add(buy("c" + i, 1 + i, "5.00"));
      if (i >= 6) {
        purchases.add(buy("c" + i, 1, "5.00"));
      }
    }

    RfmAnalysis<String> rfm = RfmAnalysis.of(purchases, AS_OF);

    // six one-time buyers start at rank 0, four two-time buyers at rank 6 of 10
    assertThat(rfm.customer("c0").orElseThrow().score().frequency()).isEqualTo(1);
    assertThat(rfm.customer("c5").orElseThrow().score().frequency()).isEqualTo(1);
    assertThat(rfm.customer("c6").orElseThrow().score().frequency()).isEqualTo(4);
    assertThat(rfm.customer("c9").orElseThrow().score().frequency()).isEqualTo(4);
    // distinct last purchases: two customers per quintile
    assertThat(rfm.customer("c0").orElseThrow().score().recency()).isEqualTo(1);
    assertThat(rfm.customer("c1").orElseThrow().score().recency()).isEqualTo(1);
    assertThat(rfm.customer("c2").orElseThrow().score().recency()).isEqualTo(2);
    assertThat(rfm.customer("c9").orElseThrow().score().recency()).isEqualTo(5);
    // c6..c9 spent 10, c0..c5 spent 5: monetary ties like frequency
    assertThat(rfm.customer("c3").orElseThrow().score().monetary()).isEqualTo(1);
    assertThat(rfm.customer("c7").orElseThrow().score().monetary()).isEqualTo(4);
  }

  @Test
  void leavesOutPurchasesAfterTheInstant() {
    RfmAnalysis<String> rfm =
        RfmAnalysis.of(
            List.of(buy("a", 1, "10.00"), buy("a", 40, "99.00"), buy("b", 45, "1.00")), AS_OF);

    assertThat(rfm.customers()).hasSize(1);
    assertThat(rfm.customer("a").orElseThrow().purchases()).isEqualTo(1);
    assertThat(rfm.customer("a").orElseThrow().spent()).isEqualByComparingTo("10.00");
    assertThat(rfm.customer("b")).isEmpty();
    assertThat(rfm.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void scoresALoneCustomerAtTheBottom() {
    RfmAnalysis<String> rfm = RfmAnalysis.of(List.of(buy("a", 1, "10.00")), AS_OF);

    assertThat(rfm.customer("a").orElseThrow().score()).isEqualTo(RfmScore.of(1, 1, 1));
  }

  @Test
  void countsEverySegmentEvenWhenEmpty() {
    RfmAnalysis<String> rfm = RfmAnalysis.of(ladder(), AS_OF);

    assertThat(rfm.segmentSizes()).hasSize(RfmSegment.values().length);
    assertThat(rfm.segmentSizes().get(RfmSegment.CHAMPIONS)).isEqualTo(1L);
    assertThat(rfm.segmentSizes().get(RfmSegment.AT_RISK)).isZero();
    assertThat(rfm.segmentSizes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(5);
    assertThat(RfmAnalysis.of(List.<Purchase<String>>of(), AS_OF).customers()).isEmpty();
  }

  @Test
  void rejectsBadPurchasesAndScores() {
    assertThatThrownBy(() -> buy("a", 1, "-0.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("purchase amount is negative: -0.01");
    assertThatThrownBy(() -> Purchase.of(null, DAY0, BigDecimal.ONE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("customer");
    assertThatThrownBy(() -> RfmScore.of(0, 3, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recency score must be 1 to 5: 0");
    assertThatThrownBy(() -> RfmScore.of(3, 3, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("monetary score must be 1 to 5: 6");
    assertThatThrownBy(() -> RfmAnalysis.of(ladder(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("asOf");
  }
}
