package io.crmkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuickstartTests {

  private static final Path PROJECT = Path.of(System.getProperty("crmkit.project.dir", ".."));

  @Test
  void theReadmeQuickstartIsTheQuickstartExampleAsItCompiles() throws IOException {
    String readme = Files.readString(PROJECT.resolve("README.md"));
    Matcher block =
        Pattern.compile("## Quickstart.*?```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    String source =
        Files.readString(
            PROJECT.resolve("crm-examples/src/main/java/io/crmkit/examples/Quickstart.java"));

    assertThat(block.find()).as("a java block under '## Quickstart' in README.md").isTrue();
    assertThat(block.group(1)).isEqualTo(source.substring(source.indexOf("import ")));
    assertThat(block.group(1).lines().count()).isLessThanOrEqualTo(25);
  }

  @Test
  void theQuickstartPrintsWhatTheReadmePromises() {
    String printed = run(() -> Quickstart.main(new String[0]));

    assertThat(printed.lines())
        .containsExactly("ana@example.com", "Met at the fair", "0 overdue tasks");
  }

  static String run(Runnable program) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
