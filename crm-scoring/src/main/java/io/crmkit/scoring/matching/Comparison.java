package io.crmkit.scoring.matching;

import java.util.List;

/**
 * A way of comparing two values of a field: an ordered list of agreement levels, from the closest
 * (exact) to the loosest, the last of which is disagreement. Similarity comes from Apache Commons
 * Text (Jaro-Winkler, Levenshtein, cosine of word counts) and phonetics from commons-codec (Double
 * Metaphone). A pair in which either value is missing is at no level and weighs nothing.
 *
 * @since 0.1
 */
public enum Comparison {
  /**
   * Personal names: exact, Jaro-Winkler at least 0.92, equal to the other record's partner field
   * (given and family name swapped), same Double Metaphone code, Jaro-Winkler at least 0.8, else.
   */
  PERSON_NAME(
      "exact",
      "Jaro-Winkler >= 0.92",
      "swapped with the other name",
      "same Double Metaphone",
      "Jaro-Winkler >= 0.8",
      "different"),
  /** Free text: exact, Jaro-Winkler at least 0.92, at least 0.8, else. */
  TEXT("exact", "Jaro-Winkler >= 0.92", "Jaro-Winkler >= 0.8", "different"),
  /**
   * Street addresses with street types and directions abbreviated: exact, Jaro-Winkler at least
   * 0.92, word cosine at least 0.6, Jaro-Winkler at least 0.8, else.
   */
  ADDRESS(
      "exact", "Jaro-Winkler >= 0.92", "word cosine >= 0.6", "Jaro-Winkler >= 0.8", "different"),
  /** Codes and numbers read as text (postal codes, identifiers): exact, 1 edit, 2 edits, else. */
  CODE("exact", "1 edit", "2 edits", "different"),
  /**
   * Dates: exact, one typing slip (one digit changed, two transposed, or day and month swapped),
   * within a year, else.
   */
  DATE("exact", "one typing slip", "within a year", "different"),
  /** Quantities: exact, within 10 %, within 50 %, else. */
  NUMBER("exact", "within 10%", "within 50%", "different"),
  /**
   * Email addresses: exact, same local part at another domain, local parts at Jaro-Winkler at least
   * 0.88 at the same domain, else.
   */
  EMAIL("exact", "same local part", "similar local part, same domain", "different"),
  /** Phone numbers in E.164 digits: exact, same last 8 digits, one edit, else. */
  PHONE("exact", "same last 8 digits", "1 edit", "different"),
  /**
   * Organisation names without legal forms (Inc, Ltd, GmbH, ...) and remarks in brackets: exact,
   * Jaro-Winkler at least 0.92, every word of one in the other ({@code Katsu}, {@code Restaurant
   * Katsu}), word cosine at least 0.5, Jaro-Winkler at least 0.8, else.
   */
  ORGANISATION_NAME(
      "exact",
      "Jaro-Winkler >= 0.92",
      "words of one within the other",
      "word cosine >= 0.6",
      "Jaro-Winkler >= 0.8",
      "different"),
  /**
   * Web domains without {@code www.}: exact, same name under another top-level domain ({@code
   * acme.com}, {@code acme.de}), else.
   */
  WEB_DOMAIN("exact", "same name, other top level", "different");

  private final List<String> levels;

  Comparison(String... levels) {
    this.levels = List.of(levels);
  }

  /** Returns the names of the levels, closest first; the last is disagreement. */
  public List<String> levels() {
    return levels;
  }
}
