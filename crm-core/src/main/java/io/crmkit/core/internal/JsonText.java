package io.crmkit.core.internal;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.DataValue;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes a {@link DataValue} as JSON text (RFC 8259), indented by two spaces: crm-core's only JSON
 * writer, small because the tree it writes has six shapes.
 *
 * <p>Texts are escaped so that any Java string comes out as valid JSON and reads back equal: the
 * quote, the backslash and every control character below U+0020 are escaped, and so are U+007F, the
 * line and paragraph separators U+2028 and U+2029 (which JavaScript before ES2019 did not allow in
 * strings) and every surrogate that is not half of a pair, which UTF-8 could not encode. Numbers
 * are written in plain decimal notation, exactly.
 */
public final class JsonText {

  private static final char REPLACEMENT = '\ufffd';
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonText() {}

  /** Returns {@code value} as JSON text. */
  public static String of(DataValue value) {
    StringBuilder out = new StringBuilder();
    write(requireNonNull(value, "value"), out, 0);
    return out.toString();
  }

  /** Returns {@code text} as a JSON string literal, quotes included. */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2);
    quote(requireNonNull(text, "text"), out);
    return out.toString();
  }

  private static void write(DataValue value, StringBuilder out, int depth) {
    if (value instanceof DataValue.Text text) {
      quote(text.value(), out);
    } else if (value instanceof DataValue.Decimal decimal) {
      out.append(decimal.value().toPlainString());
    } else if (value instanceof DataValue.Flag flag) {
      out.append(flag.value());
    } else if (value instanceof DataValue.Absent) {
      out.append("null");
    } else if (value instanceof DataValue.Items items) {
      writeItems(items, out, depth);
    } else if (value instanceof DataValue.Fields fields) {
      writeFields(fields, out, depth);
    } else {
      throw new IllegalArgumentException("unknown data value: " + value.getClass());
    }
  }

  private static void writeItems(DataValue.Items items, StringBuilder out, int depth) {
    if (items.items().isEmpty()) {
      out.append("[]");
      return;
    }
    out.append('[');
    Iterator<DataValue> each = items.items().iterator();
    while (each.hasNext()) {
      newLine(out, depth + 1);
      write(each.next(), out, depth + 1);
      if (each.hasNext()) {
        out.append(',');
      }
    }
    newLine(out, depth);
    out.append(']');
  }

  private static void writeFields(DataValue.Fields fields, StringBuilder out, int depth) {
    if (fields.fields().isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    Iterator<Map.Entry<String, DataValue>> each = fields.fields().entrySet().iterator();
    while (each.hasNext()) {
      Map.Entry<String, DataValue> field = each.next();
      newLine(out, depth + 1);
      quote(field.getKey(), out);
      out.append(": ");
      write(field.getValue(), out, depth + 1);
      if (each.hasNext()) {
        out.append(',');
      }
    }
    newLine(out, depth);
    out.append('}');
  }

  private static void newLine(StringBuilder out, int depth) {
    out.append('\n');
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }

  private static void quote(String text, StringBuilder out) {
    out.append('"');
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            escape(c, out);
          } else if (Character.isHighSurrogate(c)
              && i + 1 < length
              && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isSurrogate(c)) {
            out.append(REPLACEMENT);
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  private static void escape(char c, StringBuilder out) {
    out.append("\\u")
        .append(HEX[(c >> 12) & 0xf])
        .append(HEX[(c >> 8) & 0xf])
        .append(HEX[(c >> 4) & 0xf])
        .append(HEX[c & 0xf]);
  }
}
