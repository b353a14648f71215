package io.crmkit.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;

/**
 * What the demo was asked to do: how many contacts to generate, the seed that makes the data
 * repeatable, where the HTML report goes, which storage to use, or only to print the usage.
 *
 * @param contacts the number of contact rows to import, 100 to 1,000,000
 * @param seed the seed of every random choice
 * @param out the HTML report's path
 * @param inMemory whether the CRM keeps its data in memory rather than in its H2 file through the
 *     JPA adapter, the default
 * @param help whether only the usage was asked for
 * @since 0.1
 */
record DemoOptions(int contacts, long seed, Path out, boolean inMemory, boolean help) {

  /**
   * The default size: 5,000 contacts keep the whole demo, with its support desk, shop, marketing
   * desk and sales automation, under a minute on two cores on H2 with room to spare (6,000 took 50
   * to 56 s by its own summary on a quiet machine); {@code --contacts} scales it up.
   */
  static final int DEFAULT_CONTACTS = 5_000;

  static final long DEFAULT_SEED = 42;
  static final Path DEFAULT_OUT = Path.of("target", "crmkit-demo.html");
  static final int MIN_CONTACTS = 100;
  static final int MAX_CONTACTS = 1_000_000;

  static final String USAGE =
      String.join(
          System.lineSeparator(),
          "usage: demo [--contacts N] [--seed S] [--out PATH] [--in-memory] [--help]",
          "  --contacts N   contacts to import, "
              + MIN_CONTACTS
              + " to "
              + MAX_CONTACTS
              + " (default "
              + DEFAULT_CONTACTS
              + ", sized to run in under a minute on two cores; raise it for a bigger"
              + " year); companies, leads and activities scale with it",
          "  --seed S       seed of the generated data (default " + DEFAULT_SEED + ")",
          "  --out PATH     where to write the HTML report (default " + DEFAULT_OUT + ")",
          "  --in-memory    keep the CRM in memory instead of its H2 database in "
              + DemoDatabase.DEFAULT_DIRECTORY
              + " (recreated each run)",
          "  --help         print this and exit");

  DemoOptions {
    requireNonNull(out, "out");
    checkArgument(
        contacts >= MIN_CONTACTS && contacts <= MAX_CONTACTS,
        "--contacts must be %s to %s: %s",
        MIN_CONTACTS,
        MAX_CONTACTS,
        contacts);
  }

  /**
   * Reads the command line.
   *
   * @throws IllegalArgumentException naming the option, for an unknown option, a missing value or a
   *     value that is not a number in range
   */
  static DemoOptions parse(List<String> args) {
    requireNonNull(args, "args");
    int contacts = DEFAULT_CONTACTS;
    long seed = DEFAULT_SEED;
    Path out = DEFAULT_OUT;
    boolean inMemory = false;
    boolean help = false;
    for (int i = 0; i < args.size(); i++) {
      String option = args.get(i);
      switch (option) {
        case "--contacts" -> contacts = (int) number(option, value(args, i++), Integer.MAX_VALUE);
        case "--seed" -> seed = number(option, value(args, i++), Long.MAX_VALUE);
        case "--out" -> out = path(value(args, i++));
        case "--in-memory" -> inMemory = true;
        case "--help", "-h" -> help = true;
        default -> throw new IllegalArgumentException("unknown option: '" + option + "'");
      }
    }
    return new DemoOptions(contacts, seed, out, inMemory, help);
  }

  private static String value(List<String> args, int optionIndex) {
    checkArgument(
        optionIndex + 1 < args.size() && !args.get(optionIndex + 1).startsWith("--"),
        "option %s needs a value",
        args.get(optionIndex));
    return args.get(optionIndex + 1);
  }

  private static long number(String option, String text, long max) {
    try {
      long value = Long.parseLong(text.replace("_", ""));
      checkArgument(value >= 0 && value <= max, "%s must be a number from 0: '%s'", option, text);
      return value;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number: '" + text + "'", e);
    }
  }

  private static Path path(String text) {
    checkArgument(!text.isBlank(), "--out must name a file: '%s'", text);
    return Path.of(text);
  }
}
