package io.crmkit.scoring.rfm;

import static io.crmkit.scoring.rfm.RfmSegment.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RfmSegmentTests {

  /** The documented grid: rows R 5 down to 1, columns F 1 to 5. */
  private static final RfmSegment[][] GRID = {
    {NEW_CUSTOMERS, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, CHAMPIONS, CHAMPIONS},
    {PROMISING, POTENTIAL_LOYALISTS, POTENTIAL_LOYALISTS, LOYAL_CUSTOMERS, LOYAL_CUSTOMERS},
    {ABOUT_TO_SLEEP, ABOUT_TO_SLEEP, NEED_ATTENTION, LOYAL_CUSTOMERS, LOYAL_CUSTOMERS},
    {HIBERNATING, HIBERNATING, AT_RISK, AT_RISK, CANNOT_LOSE_THEM},
    {LOST, HIBERNATING, AT_RISK, AT_RISK, CANNOT_LOSE_THEM},
  };

  @Test
  void mapsEveryCellOfTheGrid() {
    Set<RfmSegment> seen = EnumSet.noneOf(RfmSegment.class);
    for (int row = 0; row < 5; row++) {
      for (int column = 0; column < 5; column++) {
        RfmSegment segment = RfmSegment.of(5 - row, column + 1);
        assertThat(segment).as("R%s F%s", 5 - row, column + 1).isEqualTo(GRID[row][column]);
        seen.add(segment);
      }
    }
    assertThat(seen).isEqualTo(EnumSet.allOf(RfmSegment.class));
  }

  @Test
  void ignoresMonetaryValue() {
    assertThat(RfmScore.of(5, 5, 1).segment()).isEqualTo(CHAMPIONS);
    assertThat(RfmScore.of(1, 1, 5).segment()).isEqualTo(LOST);
  }

  @Test
  void rejectsScoresOutsideOneToFive() {
    assertThatThrownBy(() -> RfmSegment.of(6, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("recency score must be 1 to 5: 6");
    assertThatThrownBy(() -> RfmSegment.of(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("frequency score must be 1 to 5: 0");
  }
}
