package io.crmkit.examples;

import static io.crmkit.examples.QuickstartTests.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs the lifetime value example and checks what it prints. */
class CustomerValueOnCdnowTests {

  @Test
  void fitsTheValueModelsOnASyntheticCdnowSampleAndRanksItsCustomers() {
    assertThat(run(() -> main()).lines())
        .containsExactly(
            "4292 synthetic purchases (CDNOW's parameters, seed 42)",
            "2000 customers, 820 repeat buyers, 0 left out with free repeat purchases only",
            "BG/NBD: r 0.2501, alpha 4.5501, a 0.8848, b 3.1499",
            "Gamma-Gamma: p 7.1046, q 4.0036, v 14.7512",
            "most valuable over 12 months at 1% a month:",
            "  01654: P(alive) 0.96, 26.71 purchases expected, $73.79 each, value $1861.02",
            "  01504: P(alive) 0.93, 13.07 purchases expected, $103.94 each, value $1282.36",
            "  00239: P(alive) 0.82, 14.31 purchases expected, $83.07 each, value $1123.04");
  }

  @Test
  void fitsTheValueModelsOnTheCdnowPanelWhenItIsPresent() {
    String dir = System.getProperty("crmkit.data.dir", "");
    Path file = Path.of(dir.isEmpty() ? "absent" : dir, "cdnow", "CDNOW_master.txt");
    assumeTrue(!dir.isEmpty() && Files.isReadable(file), "CDNOW data not present: " + file);

    assertThat(run(() -> main(file.toString())).lines())
        .startsWith(
            "69659 purchases from " + file,
            "23569 customers, 9450 repeat buyers, 1 left out with free repeat purchases only",
            "BG/NBD: r 0.2516, alpha 4.7890, a 0.7237, b 2.1630",
            "Gamma-Gamma: p 6.2754, q 3.6245, v 14.9837",
            "most valuable over 12 months at 1% a month:",
            "  07592: P(alive) 0.99, 75.14 purchases expected, $101.60 each, value $7201.67");
  }

  private static void main(String... args) {
    try {
      CustomerValueOnCdnow.main(args);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
