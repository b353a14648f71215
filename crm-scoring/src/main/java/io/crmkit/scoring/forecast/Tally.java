package io.crmkit.scoring.forecast;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An exact running sum of amounts in minor units of the reporting currency (or minor units times
 * percent, for weighted sums). Sums of amounts already in the reporting currency stay in a {@code
 * long}, which keeps a pass over a million deals free of {@link BigDecimal} arithmetic; converted
 * amounts and sums beyond a {@code long} spill into a {@link BigDecimal}.
 */
final class Tally {

  private long units;
  private @Nullable BigDecimal spill;

  void add(long value) {
    long sum = units + value;
    // overflow iff both operands have the sign the sum lacks
    if (((units ^ sum) & (value ^ sum)) < 0) {
      addSpill(BigDecimal.valueOf(value));
    } else {
      units = sum;
    }
  }

  void add(BigDecimal value) {
    addSpill(value);
  }

  void addAll(Tally other) {
    add(other.units);
    if (other.spill != null) {
      addSpill(other.spill);
    }
  }

  BigDecimal total() {
    BigDecimal exact = BigDecimal.valueOf(units);
    return spill == null ? exact : exact.add(spill);
  }

  private void addSpill(BigDecimal value) {
    spill = spill == null ? value : spill.add(value);
  }
}
