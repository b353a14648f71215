package io.crmkit.benchmarks.crm;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.ref.Reference;
import java.util.function.Supplier;

/**
 * Measures the heap a structure retains: the used heap after full collections, before and after the
 * structure is built, while the structure is still reachable. Garbage made while building is
 * collected before the second reading, so only what the structure holds on to is counted.
 */
final class HeapMeter {

  private static final int MAX_COLLECTIONS = 10;
  private static final int MIN_COLLECTIONS = 3;
  private static final long SETTLED_BYTES = 64 * 1024;

  /** What building a structure left on the heap. */
  record Retained<T>(T structure, long bytes) {

    /** Returns the bytes retained per element when the structure holds {@code elements}. */
    double bytesPer(int elements) {
      return (double) bytes / elements;
    }
  }

  private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

  /** Builds a structure and returns it with the bytes of heap it retains. */
  <T> Retained<T> measure(Supplier<T> build) {
    long before = usedAfterCollections();
    T structure = build.get();
    long after = usedAfterCollections();
    Reference.reachabilityFence(structure);
    return new Retained<>(structure, after - before);
  }

  /**
   * Returns the used heap once full collections no longer free anything worth counting: a
   * collection may leave objects that became unreachable during it (finalizers, soft references
   * cleared late) for the next one.
   */
  long usedAfterCollections() {
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < MAX_COLLECTIONS; i++) {
      memory.gc();
      long used = memory.getHeapMemoryUsage().getUsed();
      if (i >= MIN_COLLECTIONS - 1 && Math.abs(previous - used) < SETTLED_BYTES) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
