package io.crmkit.benchmarks.matching;

import io.crmkit.scoring.matching.DuplicateScan;
import io.crmkit.scoring.matching.LinkageQuality;
import io.crmkit.scoring.matching.MatchConfiguration;
import io.crmkit.scoring.matching.RecordLinkage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * The scale benchmark of BENCHMARKS.md: generated person records (a million by default)
 * deduplicated by a whole scan with the default configuration, model training included, timed once
 * from the records in memory to the clusters, with the heap's peak and the F1 against the
 * generator's truth. Run it with the heap the target allows ({@code -Xmx2g}).
 */
public final class MillionPeopleScan {

  private MillionPeopleScan() {}

  public static void main(String[] args) {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    LabelledRecords people = GeneratedPeople.generate(size, 2026);
    System.gc();
    resetPeaks();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    DuplicateScan<String> scan =
        RecordLinkage.with(MatchConfiguration.people()).scan(people.records());
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    long peak = peakHeap();
    LinkageQuality pairs =
        LinkageQuality.ofPairs(scan.matches(), people.ids(), id -> people.partyOf().get(id));
    LinkageQuality clusters =
        LinkageQuality.ofClusters(scan.clusters(), people.ids(), id -> people.partyOf().get(id));
    System.out.printf(
        Locale.ROOT,
        "records %d, true pairs %d, candidate pairs %d, seconds %.1f, cpu seconds %.1f, peak heap MB"
            + " %d, max heap MB %d, cores %d%npairs: precision %.4f recall %.4f F1 %.4f; clusters F1"
            + " %.4f%n",
        size,
        people.truePairs(),
        scan.plan().candidatePairs(),
        seconds,
        cpuSeconds,
        peak >> 20,
        Runtime.getRuntime().maxMemory() >> 20,
        Runtime.getRuntime().availableProcessors(),
        pairs.precision(),
        pairs.recall(),
        pairs.f1(),
        clusters.f1());
    scan.plan()
        .rules()
        .forEach(
            r ->
                System.out.printf(
                    Locale.ROOT,
                    "  %s: %d pairs, %d new%n",
                    r.rule().name(),
                    r.pairs(),
                    r.newPairs()));
  }

  /** The CPU time of every thread of this process so far. */
  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  /** The sum of the heap pools' peaks since the last reset: an upper bound of the peak heap. */
  static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
