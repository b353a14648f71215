package io.crmkit.interchange.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Several values in one cell: joined by {@code ;}, with {@code \;} for a semicolon and {@code \\}
 * for a backslash inside a value, so that any text splits back as it was joined.
 */
final class Lists {

  private Lists() {}

  static String join(Iterable<String> values) {
    StringBuilder cell = new StringBuilder();
    boolean first = true;
    for (String value : values) {
      if (!first) {
        cell.append(';');
      }
      first = false;
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if (c == ';' || c == '\\') {
          cell.append('\\');
        }
        cell.append(c);
      }
    }
    return cell.toString();
  }

  /** Returns the values of {@code cell}, without blank ones. */
  static List<String> split(String cell) {
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '\\' && i + 1 < cell.length()) {
        value.append(cell.charAt(++i));
      } else if (c == ';') {
        add(values, value);
      } else {
        value.append(c);
      }
    }
    add(values, value);
    return values;
  }

  private static void add(List<String> values, StringBuilder value) {
    if (!value.toString().isBlank()) {
      values.add(value.toString());
    }
    value.setLength(0);
  }
}
