package io.crmkit.scoring.matching.internal;

/**
 * A pair's comparison vector packed into a long: four bits per compared field holding its level,
 * {@code 0xF} when the field is missing in either record. Sixteen fields fit.
 */
final class Patterns {

  static final int MAX_FIELDS = 16;
  private static final long MISSING = 0xF;

  private Patterns() {}

  static long of(Rows a, int i, Rows b, int j) {
    long pattern = 0;
    for (int f = 0; f < a.columns.length; f++) {
      int level = Levels.level(a, i, b, j, f);
      pattern |= (level == Levels.MISSING ? MISSING : level) << (4 * f);
    }
    return pattern;
  }

  /** Returns the level of field {@code f}, {@link Levels#MISSING} when it is missing. */
  static int level(long pattern, int f) {
    int level = (int) ((pattern >>> (4 * f)) & MISSING);
    return level == MISSING ? Levels.MISSING : level;
  }
}
