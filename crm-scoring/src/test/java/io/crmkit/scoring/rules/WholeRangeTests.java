package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class WholeRangeTests {

  private static WholeRange within(String min, String max) {
    return WholeRange.within(new BigDecimal(min), new BigDecimal(max));
  }

  @Test
  void holdsTheWholeNumbersBetweenDecimalBoundsBothIncluded() {
    WholeRange range = within("9.5", "20");
    assertThat(range.contains(9)).isFalse();
    assertThat(range.contains(10)).isTrue();
    assertThat(range.contains(20)).isTrue();
    assertThat(range.contains(21)).isFalse();
    assertThat(within("-3.5", "-1.5").contains(-2)).isTrue();
    assertThat(within("-3.5", "-1.5").contains(-1)).isFalse();
  }

  @Test
  void holdsNothingWhenNoWholeNumberLiesBetweenTheBounds() {
    WholeRange range = within("1.2", "1.8");
    assertThat(range.contains(1)).isFalse();
    assertThat(range.contains(2)).isFalse();
  }

  @Test
  void boundsBeyondTheLongsAreClampedOrEmpty() {
    WholeRange all = within("-1e30", "1e30");
    assertThat(all.contains(Long.MIN_VALUE)).isTrue();
    assertThat(all.contains(Long.MAX_VALUE)).isTrue();
    WholeRange above = within("1e30", "2e30");
    assertThat(above.contains(Long.MAX_VALUE)).isFalse();
    WholeRange below = within("-2e30", "-1e30");
    assertThat(below.contains(Long.MIN_VALUE)).isFalse();
  }
}
