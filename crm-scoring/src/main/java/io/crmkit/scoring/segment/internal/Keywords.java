package io.crmkit.scoring.segment.internal;

import java.util.Locale;
import java.util.Set;

/** The reserved words of the language: keywords are case-insensitive and cannot name a field. */
public final class Keywords {

  private static final Set<String> RESERVED =
      Set.of(
          "and",
          "or",
          "not",
          "in",
          "is",
          "empty",
          "contains",
          "starts",
          "with",
          "between",
          "within",
          "last",
          "has",
          "tag",
          "activity",
          "segment",
          "campaign",
          "true",
          "false");

  private Keywords() {}

  public static boolean isReserved(String word) {
    return RESERVED.contains(word.toLowerCase(Locale.ROOT));
  }
}
