package io.crmkit.scoring.matching.internal;

import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/** Work over a range of indexes on the common fork-join pool, in chunks worth the hand-over. */
final class Parallel {

  private static final int SEQUENTIAL_BELOW = 2_048;

  private Parallel() {}

  static void forRange(int size, IntConsumer body) {
    if (size < SEQUENTIAL_BELOW) {
      for (int i = 0; i < size; i++) {
        body.accept(i);
      }
    } else {
      IntStream.range(0, size).parallel().forEach(body);
    }
  }
}
