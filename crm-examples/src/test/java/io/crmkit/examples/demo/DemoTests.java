package io.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoTests {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void anUnknownOptionIsAnErrorWithTheUsageAndExitCode2() {
    int code = run("--contacts", "500", "--colour");

    assertThat(code).isEqualTo(2);
    assertThat(text(err))
        .startsWith("demo: unknown option: '--colour'")
        .contains("usage: demo [--contacts N] [--seed S] [--out PATH] [--in-memory] [--help]");
    assertThat(text(out)).isEmpty();
  }

  @Test
  void helpPrintsTheUsageAndRunsNothing() {
    int code = run("--help");

    assertThat(code).isZero();
    assertThat(text(out)).startsWith("usage: demo").contains("--contacts N").contains("--out PATH");
    assertThat(text(err)).isEmpty();
  }

  private int run(String... args) {
    return Demo.run(
        List.of(args),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  private static String text(ByteArrayOutputStream buffer) {
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
