package io.crmkit.scoring.segment;

/**
 * A segment text that cannot be read: a syntax error, a type error against the schema, or input
 * beyond the parser's limits. The message gives the position, what the parser expected and what it
 * found: {@code line 1, column 14: expected a value after '=', found end of input}.
 *
 * @since 0.1
 */
public final class SegmentParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The line of the error, from 1. */
  private final int line;

  /** The column of the error, from 1. */
  private final int column;

  /** What the parser expected there. */
  private final String expected;

  /** What it found instead. */
  private final String found;

  /**
   * @param line the line of the error, counting from 1
   * @param column the column of the error in its line, counting from 1
   * @param expected what the parser expected there, in words, never null
   * @param found what it found there, in words, never null
   */
  public SegmentParseException(int line, int column, String expected, String found) {
    super("line " + line + ", column " + column + ": expected " + expected + ", found " + found);
    this.line = line;
    this.column = column;
    this.expected = expected;
    this.found = found;
  }

  /** Returns the line of the error, counting from 1. */
  public int line() {
    return line;
  }

  /** Returns the column of the error in its line, counting characters from 1. */
  public int column() {
    return column;
  }

  /** Returns what the parser expected at that position, in words. */
  public String expected() {
    return expected;
  }

  /** Returns what the parser found at that position, in words. */
  public String found() {
    return found;
  }
}
