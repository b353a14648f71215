package io.crmkit.core.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.spi.IdGenerator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Random;
import java.util.UUID;

/**
 * Makes UUID version 7 ids (RFC 9562): 48 bits of milliseconds from the clock, then a counter that
 * keeps ids strictly increasing within a millisecond and when the clock stands still or goes back,
 * then random bits.
 *
 * <p>Thread-safe. With a seeded {@link Random} and a fixed clock it is deterministic, which test
 * suites and the demo rely on.
 *
 * @since 0.1
 */
public final class TimeOrderedIdGenerator implements IdGenerator {

  private static final long COUNTER_MASK = 0xFFFL;

  private final Clock clock;
  private final Random random;
  private long lastMillis = -1;
  private long counter;

  /**
   * @param clock the source of the time part, never null
   * @param random the source of the random part, never null
   */
  public TimeOrderedIdGenerator(Clock clock, Random random) {
    this.clock = requireNonNull(clock, "clock");
    this.random = requireNonNull(random, "random");
  }

  /** Returns a generator on {@code clock} with a secure random source. */
  public static TimeOrderedIdGenerator on(Clock clock) {
    return new TimeOrderedIdGenerator(clock, new SecureRandom());
  }

  @Override
  public synchronized UUID next() {
    long millis = clock.millis();
    if (millis > lastMillis) {
      lastMillis = millis;
      counter = random.nextInt(1 << 10);
    } else if (++counter > COUNTER_MASK) {
      // the counter is spent: borrow the next millisecond rather than repeat an id
      lastMillis++;
      counter = 0;
    }
    long high = (lastMillis << 16) | 0x7000L | counter;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  /**
   * Compares two UUIDs as unsigned 128-bit numbers, the order in which version 7 ids were made.
   * ({@link UUID#compareTo} compares signed halves and would misorder them.)
   */
  public static int compare(UUID a, UUID b) {
    int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
    return high != 0
        ? high
        : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
  }
}
