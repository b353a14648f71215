package io.crmkit.examples.demo;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.memory.InMemoryCrmStorage;
import io.crmkit.core.spi.CrmStorage;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The crmkit demo: a sales team's year in an embedded CRM, on generated data, ending in an HTML
 * report. Run it with {@code --help} for the options.
 *
 * @since 0.1
 */
public final class Demo {

  /** The exit code of a command line the demo does not understand. */
  static final int USAGE_ERROR = 2;

  /** How the report names the default storage. */
  static final String EMBEDDED_H2 = "embedded H2";

  /** How the report names the in-memory storage of {@code --in-memory}. */
  static final String IN_MEMORY = "in-memory";

  private Demo() {}

  /**
   * Runs the demo with the options in {@code args}; exits with code 2 after printing the usage when
   * they are wrong.
   */
  public static void main(String[] args) {
    int code = run(List.of(args), System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Runs the demo, printing to {@code out} and {@code err}; returns the process's exit code. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    DemoOptions options;
    try {
      options = DemoOptions.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("demo: " + e.getMessage());
      err.println(DemoOptions.USAGE);
      return USAGE_ERROR;
    }
    if (options.help()) {
      out.println(DemoOptions.USAGE);
      return 0;
    }
    if (options.inMemory()) {
      execute(options, InMemoryCrmStorage.create(), IN_MEMORY, out);
    } else {
      try (DemoDatabase database = DemoDatabase.create(DemoDatabase.DEFAULT_DIRECTORY)) {
        out.println("Database: " + database.file());
        execute(options, database.storage(), EMBEDDED_H2, out);
      }
    }
    return 0;
  }

  /**
   * Runs the demo for {@code options} on {@code storage}, described as {@code storageName} in the
   * report, and writes its report; returns what the run left, the CRM still on {@code storage}.
   */
  static DemoRun.Finished execute(
      DemoOptions options, CrmStorage storage, String storageName, PrintStream out) {
    requireNonNull(options, "options");
    out.printf(
        Locale.ROOT,
        "crmkit demo: %,d contacts, seed %d, %s storage%n",
        options.contacts(),
        options.seed(),
        storageName);
    DemoRun.Finished finished = new DemoRun(options, out).run(storage, storageName);
    Path report = options.out().toAbsolutePath();
    write(report, HtmlReport.render(finished.results()));
    ConsoleSummary.print(finished.results(), out);
    out.println("Report: " + report);
    return finished;
  }

  private static void write(Path path, String html) {
    try {
      Path parent = path.getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(path, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report to " + path, e);
    }
  }
}
