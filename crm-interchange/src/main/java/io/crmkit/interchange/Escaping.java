package io.crmkit.interchange;

import static java.util.Objects.requireNonNull;

/**
 * The rule that keeps an exported cell from running as a spreadsheet formula, and its inverse that
 * the importer applies: a cell whose text starts with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab, a carriage return or an apostrophe {@code '} is written with one more {@code '} in front; on
 * import, one leading {@code '} is removed from every cell that has one.
 *
 * <p>This is OWASP's "CSV injection" advice (prefix a single quote) made reversible: a spreadsheet
 * shows {@code '=1+2} as the text {@code =1+2}, and because a real value that starts with {@code '}
 * is escaped too ({@code 'quoted} is written {@code ''quoted}), every value reads back as it was. A
 * file not written by crmkit whose cell starts with an apostrophe loses that apostrophe on import,
 * as it would in a spreadsheet.
 *
 * @since 0.1
 */
public final class Escaping {

  private Escaping() {}

  /** Returns {@code value} as it is written to a cell. */
  public static String escape(String value) {
    requireNonNull(value, "value");
    return needsEscape(value) ? "'" + value : value;
  }

  /** Returns the value a cell written by {@link #escape} holds. */
  public static String unescape(String cell) {
    requireNonNull(cell, "cell");
    return cell.startsWith("'") ? cell.substring(1) : cell;
  }

  private static boolean needsEscape(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r'
        || first == '\'';
  }
}
