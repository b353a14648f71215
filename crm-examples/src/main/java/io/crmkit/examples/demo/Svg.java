package io.crmkit.examples.demo;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts for the report: horizontal bars, stacked columns and a funnel, drawn from plain
 * numbers, with a {@code <title>} on every shape so that hovering shows the figure. No script, no
 * external asset: the report opens anywhere, offline.
 */
final class Svg {

  static final String INK = "#1f2937";
  static final String BLUE = "#2563eb";
  static final String LIGHT_BLUE = "#93c5fd";
  static final String GREEN = "#16a34a";
  static final String GREY = "#9ca3af";

  private static final int BAR_HEIGHT = 22;
  private static final int LABEL_WIDTH = 190;
  private static final int CHART_WIDTH = 640;

  /** One bar: its label, its length, the text shown after it and its colour. */
  record Bar(String label, double value, String text, String colour) {
    Bar {
      checkArgument(value >= 0, "bar value must not be negative: %s", value);
    }
  }

  /** One column of a stacked column chart: the lower and upper parts and the label below. */
  record Column(String label, double lower, double upper, String text) {
    Column {
      checkArgument(lower >= 0 && upper >= 0, "column parts must not be negative: %s", label);
    }
  }

  private Svg() {}

  /** Returns horizontal bars, one per line, scaled to the longest. */
  static String bars(String title, List<Bar> bars) {
    double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
    int height = Math.max(1, bars.size()) * (BAR_HEIGHT + 6) + 6;
    int room = CHART_WIDTH - LABEL_WIDTH - 110;
    StringBuilder svg = open(title, CHART_WIDTH, height);
    int y = 6;
    for (Bar bar : bars) {
      double length = max == 0 ? 0 : Math.max(2, bar.value() / max * room);
      svg.append(text(LABEL_WIDTH - 8, y + 16, "end", bar.label()));
      svg.append(
          String.format(
              Locale.ROOT,
              "<path d=\"M%d %d h%.1f v%d h%.1f z\" fill=\"%s\"><title>%s: %s</title></path>",
              LABEL_WIDTH,
              y,
              length,
              BAR_HEIGHT,
              -length,
              bar.colour(),
              HtmlReport.escape(bar.label()),
              HtmlReport.escape(bar.text())));
      svg.append(text((int) (LABEL_WIDTH + length + 6), y + 16, "start", bar.text()));
      y += BAR_HEIGHT + 6;
    }
    return svg.append("</svg>").toString();
  }

  /** Returns stacked columns, the lower part in {@code lowerColour}, scaled to the tallest. */
  static String columns(
      String title, List<Column> columns, String lowerColour, String upperColour) {
    int plot = 220;
    int width = Math.max(CHART_WIDTH, 40 + columns.size() * 52);
    double max = columns.stream().mapToDouble(c -> c.lower() + c.upper()).max().orElse(0);
    StringBuilder svg = open(title, width, plot + 50);
    svg.append(
        String.format(
            Locale.ROOT,
            "<path d=\"M30 %d H%d\" stroke=\"%s\" stroke-width=\"1\"/>",
            plot + 10,
            width - 10,
            GREY));
    int x = 40;
    for (Column column : columns) {
      double lower = max == 0 ? 0 : column.lower() / max * plot;
      double upper = max == 0 ? 0 : column.upper() / max * plot;
      svg.append(rect(x, plot + 10 - lower, lower, lowerColour, column.label(), column.text()));
      svg.append(
          rect(x, plot + 10 - lower - upper, upper, upperColour, column.label(), column.text()));
      svg.append(text(x + 18, plot + 28, "middle", column.label()));
      x += 52;
    }
    return svg.append("</svg>").toString();
  }

  /** Returns a funnel: one trapezoid per step, its width proportional to the step's count. */
  static String funnel(String title, List<Bar> steps) {
    double max = steps.stream().mapToDouble(Bar::value).max().orElse(0);
    int step = 40;
    int centre = CHART_WIDTH / 2 - 60;
    int widest = 380;
    StringBuilder svg = open(title, CHART_WIDTH, steps.size() * step + 10);
    for (int i = 0; i < steps.size(); i++) {
      Bar bar = steps.get(i);
      double top = max == 0 ? 2 : Math.max(2, bar.value() / max * widest);
      double next =
          i + 1 < steps.size() && max > 0
              ? Math.max(2, steps.get(i + 1).value() / max * widest)
              : top * 0.8;
      int y = 5 + i * step;
      svg.append(
          String.format(
              Locale.ROOT,
              "<path d=\"M%.1f %d L%.1f %d L%.1f %d L%.1f %d z\" fill=\"%s\">"
                  + "<title>%s: %s</title></path>",
              centre - top / 2,
              y,
              centre + top / 2,
              y,
              centre + next / 2,
              y + step - 4,
              centre - next / 2,
              y + step - 4,
              bar.colour(),
              HtmlReport.escape(bar.label()),
              HtmlReport.escape(bar.text())));
      svg.append(text(centre + widest / 2 + 16, y + 23, "start", bar.label() + "  " + bar.text()));
    }
    return svg.append("</svg>").toString();
  }

  private static StringBuilder open(String title, int width, int height) {
    return new StringBuilder(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" font-family=\"sans-serif\" font-size=\"12\">"
                + "<title>%s</title>",
            width,
            height,
            width,
            height,
            HtmlReport.escape(title)));
  }

  private static String rect(
      int x, double y, double height, String colour, String label, String text) {
    return String.format(
        Locale.ROOT,
        "<path d=\"M%d %.1f h36 v%.1f h-36 z\" fill=\"%s\"><title>%s: %s</title></path>",
        x,
        y,
        height,
        colour,
        HtmlReport.escape(label),
        HtmlReport.escape(text));
  }

  private static String text(int x, int y, String anchor, String content) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
        x,
        y,
        anchor,
        INK,
        HtmlReport.escape(content));
  }
}
