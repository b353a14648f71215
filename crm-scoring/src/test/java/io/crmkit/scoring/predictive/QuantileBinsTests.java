package io.crmkit.scoring.predictive;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class QuantileBinsTests {

  @Test
  void cutsDistinctValuesIntoBinsOfEqualSize() {
    QuantileBins bins = QuantileBins.learn(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1}, 5);

    assertThat(bins.count()).isEqualTo(5);
    assertThat(IntStream.rangeClosed(1, 10).map(v -> bins.bin(v)).toArray())
        .containsExactly(0, 0, 1, 1, 2, 2, 3, 3, 4, 4);
    assertThat(bins.label(0)).isEqualTo("< 3");
    assertThat(bins.label(2)).isEqualTo("[5, 7)");
    assertThat(bins.label(4)).isEqualTo(">= 9");
  }

  @Test
  void mergesBinsThatRepeatedValuesWouldLeaveEmpty() {
    QuantileBins bins = QuantileBins.learn(new double[] {0, 0, 0, 0, 1, 2}, 3);

    assertThat(bins.count()).isEqualTo(2);
    assertThat(bins.bin(0)).isZero();
    assertThat(bins.bin(2)).isEqualTo(1);
    assertThat(bins.label(1)).isEqualTo(">= 1");
  }

  @Test
  void putsValuesOutsideTheTrainingRangeInTheOuterBins() {
    QuantileBins bins = QuantileBins.learn(new double[] {1.5, 2.5, 3.5, 4.5}, 2);

    assertThat(bins.bin(-100)).isZero();
    assertThat(bins.bin(1e9)).isEqualTo(1);
    assertThat(bins.label(0)).isEqualTo("< 3.5");
  }

  @Test
  void hasOneBinWithoutTrainingValues() {
    QuantileBins bins = QuantileBins.learn(new double[0], 4);

    assertThat(bins.count()).isEqualTo(1);
    assertThat(bins.bin(7)).isZero();
    assertThat(bins.label(0)).isEqualTo("any");
  }
}
