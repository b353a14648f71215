package io.crmkit.scoring.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The share of decided deals that were won: won / (won + lost). Open deals do not count.
 *
 * @param won the number of won deals, not negative
 * @param lost the number of lost deals, not negative
 * @since 0.1
 */
public record WinRate(long won, long lost) {

  /** Creates a {@code WinRate}, checking its components as the type's comment describes. */
  public WinRate {
    checkArgument(won >= 0, "won count must not be negative: %s", won);
    checkArgument(lost >= 0, "lost count must not be negative: %s", lost);
  }

  /** Returns the number of decided (won or lost) deals. */
  public long decided() {
    return won + lost;
  }

  /** Returns won / (won + lost), 0 to 1, to 16 significant digits; empty if none is decided. */
  public Optional<BigDecimal> rate() {
    return decided() == 0
        ? Optional.empty()
        : Optional.of(
            BigDecimal.valueOf(won).divide(BigDecimal.valueOf(decided()), MathContext.DECIMAL64));
  }
}
