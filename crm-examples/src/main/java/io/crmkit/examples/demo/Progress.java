package io.crmkit.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.PrintStream;
import java.util.Locale;

/**
 * A progress bar on the console for one long step of the demo: redrawn in place (with a carriage
 * return) at each whole percent, then closed with the step's time and a summary.
 */
final class Progress {

  private static final int WIDTH = 30;

  private final PrintStream out;
  private final String label;
  private final long total;
  private final long startNanos;
  private long done;
  private int shownPercent = -1;

  private Progress(PrintStream out, String label, long total) {
    this.out = requireNonNull(out, "out");
    this.label = requireNonNull(label, "label");
    checkArgument(total > 0, "progress total must be positive: %s", total);
    this.total = total;
    this.startNanos = System.nanoTime();
  }

  /** Starts a bar for {@code total} units of work named {@code label}. */
  static Progress start(PrintStream out, String label, long total) {
    Progress progress = new Progress(out, label, total);
    progress.draw();
    return progress;
  }

  /** Records {@code units} more units done. */
  void advance(long units) {
    done = Math.min(total, done + units);
    if (percent() != shownPercent) {
      draw();
    }
  }

  /** Completes the bar and prints {@code summary} after it; returns the seconds it took. */
  double finish(String summary) {
    done = total;
    draw();
    double seconds = (System.nanoTime() - startNanos) / 1e9;
    out.printf(Locale.ROOT, "  %5.1f s  %s%n", seconds, summary);
    out.flush();
    return seconds;
  }

  private int percent() {
    return (int) (done * 100 / total);
  }

  private void draw() {
    shownPercent = percent();
    int filled = shownPercent * WIDTH / 100;
    out.printf(
        Locale.ROOT,
        "\r%-28s [%s%s] %3d%%",
        label,
        "#".repeat(filled),
        ".".repeat(WIDTH - filled),
        shownPercent);
    out.flush();
  }
}
