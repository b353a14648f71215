package io.crmkit.scoring.rules;

/** Case-insensitive text tests that allocate nothing, for use in the scoring loop. */
final class Text {

  private Text() {}

  /**
   * Whether {@code part} occurs in {@code text}, comparing characters as {@link
   * String#regionMatches(boolean, int, String, int, int)} does when it ignores case.
   */
  static boolean containsIgnoreCase(String text, String part) {
    int length = part.length();
    int last = text.length() - length;
    if (length == 0 || Character.isSurrogate(part.charAt(0))) {
      return containsAt(text, part, 0, last);
    }
    // Most positions fail on their first character; testing it inline, with the same rule
    // regionMatches applies (equal, equal in upper case, or equal in lower case of upper case),
    // avoids a call per position, which dominated the scoring of page visits.
    char first = part.charAt(0);
    char upper = Character.toUpperCase(first);
    char lower = Character.toLowerCase(upper);
    for (int i = 0; i <= last; i++) {
      char c = text.charAt(i);
      if (c != first) {
        char u = Character.toUpperCase(c);
        if (u != upper && Character.toLowerCase(u) != lower) {
          continue;
        }
      }
      if (text.regionMatches(true, i, part, 0, length)) {
        return true;
      }
    }
    return false;
  }

  private static boolean containsAt(String text, String part, int from, int last) {
    for (int i = from; i <= last; i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }
}
