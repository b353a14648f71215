package io.crmkit.scoring.rules;

/** Case-insensitive text tests that allocate nothing, for use in the scoring loop. */
final class Text {

  private Text() {}

  static boolean containsIgnoreCase(String text, String part) {
    int last = text.length() - part.length();
    for (int i = 0; i <= last; i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }
}
