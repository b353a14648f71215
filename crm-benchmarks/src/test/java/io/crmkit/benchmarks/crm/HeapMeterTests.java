package io.crmkit.benchmarks.crm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The retained-heap figures are only as good as the meter, so it is checked on known sizes. */
class HeapMeterTests {

  // a long[1022] is a 16-byte header and 8,176 bytes of elements: 8 KiB exactly
  private static final int ARRAY_LENGTH = 1022;
  private static final int ARRAY_BYTES = 8192;
  private static final int ARRAYS = 2_000;

  private final HeapMeter meter = new HeapMeter();

  @Test
  void countsTheBytesOfArraysOfAKnownSize() {
    HeapMeter.Retained<long[][]> retained =
        meter.measure(
            () -> {
              long[][] arrays = new long[ARRAYS][];
              for (int i = 0; i < ARRAYS; i++) {
                arrays[i] = new long[ARRAY_LENGTH];
              }
              return arrays;
            });

    assertThat(retained.structure()).hasNumberOfRows(ARRAYS);
    assertThat(retained.bytesPer(ARRAYS)).isCloseTo(ARRAY_BYTES, within(ARRAY_BYTES * 0.05));
  }

  @Test
  void countsNothingForGarbageMadeWhileBuilding() {
    HeapMeter.Retained<Integer> retained =
        meter.measure(
            () -> {
              long sum = 0;
              for (int i = 0; i < ARRAYS; i++) {
                sum += new long[ARRAY_LENGTH].length;
              }
              return (int) sum;
            });

    assertThat(retained.structure()).isEqualTo(ARRAYS * ARRAY_LENGTH);
    assertThat(Math.abs(retained.bytes())).isLessThan((long) ARRAYS * ARRAY_BYTES / 20);
  }

  @Test
  void reportsEveryHolderAndTheJvmFlags() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RetainedHeap.report(2_000, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String report = bytes.toString(StandardCharsets.UTF_8);

    assertThat(report).contains("UseCompressedOops=", "contacts: 2,000");
    assertThat(report.lines().filter(line -> line.matches(".*\\s\\d{3,}$")))
        .extracting(line -> line.replaceAll("\\s+\\d+$", "").strip())
        .containsExactly(
            "Contact objects in an array",
            "HashMap by id + email index",
            "in-memory repository (insert)",
            "CRM (contacts().create)");
  }
}
