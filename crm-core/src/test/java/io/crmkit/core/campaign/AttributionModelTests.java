package io.crmkit.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.crmkit.core.fixtures.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionModelTests {

  private static final Instant WON = TestClock.START;
  private static final List<Instant> TOUCHES =
      List.of(WON.minus(Duration.ofDays(14)), WON.minus(Duration.ofDays(7)), WON);

  @Test
  void givesTheCreditToTheFirstOrTheLastTouch() {
    assertThat(AttributionModel.FIRST_TOUCH.shares(TOUCHES, WON)).containsExactly(1, 0, 0);
    assertThat(AttributionModel.LAST_TOUCH.shares(TOUCHES, WON)).containsExactly(0, 0, 1);
  }

  @Test
  void splitsTheCreditEvenlyOrHalvingItPerHalfLife() {
    assertThat(AttributionModel.LINEAR.shares(TOUCHES, WON))
        .containsExactly(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3}, within(1e-12));
    // weights 1/4, 1/2 and 1, out of 7/4
    assertThat(AttributionModel.TIME_DECAY.shares(TOUCHES, WON))
        .containsExactly(new double[] {1.0 / 7, 2.0 / 7, 4.0 / 7}, within(1e-12));
  }

  @Test
  void givesNothingWithoutTouchesAndRefusesTouchesAfterTheWin() {
    assertThat(AttributionModel.LINEAR.shares(List.of(), WON)).isEmpty();
    assertThatThrownBy(() -> AttributionModel.LINEAR.shares(List.of(WON.plusSeconds(1)), WON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("after the win");
    assertThatThrownBy(() -> AttributionModel.LINEAR.shares(List.of(WON, WON.minusSeconds(1)), WON))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("out of order");
  }
}
