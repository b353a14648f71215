package io.crmkit.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.crmkit.core.memory.InMemoryCrmStorage;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the demo's report in headless Chromium, as CI does: the page must render (a screenshot that
 * is not blank), log no script error, and its charts must survive the browser's parsing with their
 * shapes. Runs only where Debian's {@code chromium} is installed.
 */
class DemoReportInChromiumTests {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir static Path folder;
  private static Path report;

  @BeforeAll
  static void renderAReport() {
    assumeTrue(Files.isExecutable(CHROMIUM), "no " + CHROMIUM + " on this machine");
    report = folder.resolve("demo.html");
    Demo.execute(
        new DemoOptions(500, 3, report, false, false),
        InMemoryCrmStorage.create(),
        Demo.IN_MEMORY,
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  }

  @Test
  void rendersAScreenshotThatIsNotBlankWithoutScriptErrors() throws Exception {
    Path png = folder.resolve("demo.png");

    Result result = chromium("--screenshot=" + png, "--window-size=1280,2000");

    assertThat(result.exitCode()).as(result.log()).isZero();
    assertThat(result.log())
        .doesNotContainIgnoringCase("Uncaught")
        .doesNotContain(":ERROR:CONSOLE");
    assertThat(png).exists();
    BufferedImage image = ImageIO.read(png.toFile());
    assertThat(image.getWidth()).isEqualTo(1280);
    assertThat(colours(image)).as("distinct colours in the screenshot").isGreaterThan(8);
  }

  @Test
  void theRenderedPageKeepsEveryChartWithItsShapes() throws Exception {
    Result result = chromium("--dump-dom");

    assertThat(result.exitCode()).as(result.log()).isZero();
    Document dom = Jsoup.parse(result.output());
    assertThat(dom.select("svg")).hasSizeGreaterThanOrEqualTo(6);
    for (Element svg : dom.select("svg")) {
      assertThat(svg.select("path[d]").eachAttr("d"))
          .as(svg.selectFirst("title").text())
          .isNotEmpty()
          .allSatisfy(d -> assertThat(d).isNotBlank());
    }
  }

  private record Result(int exitCode, String output, String log) {}

  private static Result chromium(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(CHROMIUM.toString());
    command.addAll(
        List.of(
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--enable-logging=stderr",
            "--v=0",
            "--user-data-dir=" + Files.createTempDirectory(folder, "profile")));
    command.addAll(List.of(arguments));
    command.add(report.toUri().toString());
    Path stdout = Files.createTempFile(folder, "out", ".txt");
    Path stderr = Files.createTempFile(folder, "err", ".txt");
    Process process =
        new ProcessBuilder(command)
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile())
            .start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("chromium did not finish in 120 s: " + Files.readString(stderr));
    }
    return new Result(
        process.exitValue(),
        Files.readString(stdout, StandardCharsets.UTF_8),
        Files.readString(stderr, StandardCharsets.UTF_8));
  }

  private static int colours(BufferedImage image) {
    Set<Integer> seen = new HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 4) {
      for (int x = 0; x < image.getWidth(); x += 4) {
        seen.add(image.getRGB(x, y));
      }
    }
    return seen.size();
  }
}
