package io.crmkit.scoring.matching.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Normal forms of field values: what two values must share to count as exactly equal. */
final class Normalise {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern REMARK = Pattern.compile("\\([^)]*\\)");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]");

  private static final Map<String, String> ADDRESS_WORDS =
      Map.ofEntries(
          Map.entry("street", "st"),
          Map.entry("str", "st"),
          Map.entry("avenue", "ave"),
          Map.entry("av", "ave"),
          Map.entry("boulevard", "blvd"),
          Map.entry("blv", "blvd"),
          Map.entry("road", "rd"),
          Map.entry("drive", "dr"),
          Map.entry("place", "pl"),
          Map.entry("lane", "ln"),
          Map.entry("court", "ct"),
          Map.entry("crescent", "cres"),
          Map.entry("highway", "hwy"),
          Map.entry("parkway", "pkwy"),
          Map.entry("square", "sq"),
          Map.entry("terrace", "tce"),
          Map.entry("circle", "cir"),
          Map.entry("north", "n"),
          Map.entry("south", "s"),
          Map.entry("east", "e"),
          Map.entry("west", "w"),
          Map.entry("first", "1st"),
          Map.entry("second", "2nd"),
          Map.entry("third", "3rd"),
          Map.entry("fourth", "4th"),
          Map.entry("fifth", "5th"),
          Map.entry("sixth", "6th"),
          Map.entry("seventh", "7th"),
          Map.entry("eighth", "8th"),
          Map.entry("ninth", "9th"),
          Map.entry("tenth", "10th"));

  private static final Set<String> LEGAL_FORMS =
      Set.of(
          "inc",
          "incorporated",
          "ltd",
          "limited",
          "llc",
          "llp",
          "plc",
          "corp",
          "corporation",
          "co",
          "company",
          "gmbh",
          "ag",
          "kg",
          "sa",
          "sas",
          "sarl",
          "srl",
          "spa",
          "bv",
          "nv",
          "oy",
          "ab",
          "as",
          "pty",
          "the",
          "and");

  private Normalise() {}

  /** Lower case, accents removed, every run of punctuation and space one space, stripped. */
  static @Nullable String text(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String folded = value.toLowerCase(Locale.ROOT);
    if (!isAsciiLetterDigitSpace(folded)) {
      folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
      folded = folded.replace("'", "");
      folded = NOT_WORD.matcher(folded).replaceAll(" ").strip();
    } else {
      folded = folded.strip();
    }
    return folded.isEmpty() ? null : folded;
  }

  /** Letters and digits only, lower case: postal codes, identifiers, house numbers. */
  static @Nullable String code(@Nullable String value) {
    String text = text(value);
    return text == null ? null : emptyToNull(NOT_ALNUM.matcher(text).replaceAll(""));
  }

  /** Digits only: phone numbers, whose E.164 form starts with the country code. */
  static @Nullable String digits(@Nullable String value) {
    if (value == null) {
      return null;
    }
    StringBuilder digits = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.length() == 0 ? null : digits.toString();
  }

  /** Street address text with street types and directions abbreviated the usual way. */
  static @Nullable String address(@Nullable String value) {
    String text = text(value);
    return text == null ? null : replaceWords(text, ADDRESS_WORDS, Set.of());
  }

  /**
   * Organisation name text without legal forms, articles and remarks in brackets, which name a
   * branch or a place ({@code Spago (Los Angeles)}, {@code Acme GmbH (Berlin)}) more often than the
   * organisation.
   */
  static @Nullable String organisation(@Nullable String value) {
    String text = value == null ? null : text(REMARK.matcher(value).replaceAll(" "));
    if (text == null) {
      text = text(value);
    }
    if (text == null) {
      return null;
    }
    String without = replaceWords(text, Map.of(), LEGAL_FORMS);
    return without == null ? text : without;
  }

  /** Lower case email; the local part keeps its case-insensitive form. */
  static @Nullable String email(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String email = value.strip().toLowerCase(Locale.ROOT);
    return email.indexOf('@') > 0 ? email : null;
  }

  /** Web domain without scheme, path and {@code www.}. */
  static @Nullable String webDomain(@Nullable String value) {
    if (value == null) {
      return null;
    }
    String host = value.strip().toLowerCase(Locale.ROOT).replaceFirst("^[a-z][a-z0-9+.-]*://", "");
    int end = 0;
    while (end < host.length() && "/?#:".indexOf(host.charAt(end)) < 0) {
      end++;
    }
    host = host.substring(0, end);
    if (host.startsWith("www.")) {
      host = host.substring(4);
    }
    return host.isEmpty() ? null : host;
  }

  /** The name part of a web domain: {@code acme} of {@code acme.com} and of {@code acme.co.uk}. */
  static @Nullable String domainName(@Nullable String domain) {
    if (domain == null) {
      return null;
    }
    String[] labels = domain.split("\\.");
    int last = labels.length - 2;
    if (last > 0 && labels[last].length() <= 3 && labels[labels.length - 1].length() == 2) {
      last--;
    }
    return last >= 0 ? labels[last] : domain;
  }

  /** Eight digits {@code yyyyMMdd} of a date written with or without separators. */
  static @Nullable String date(@Nullable String value) {
    String digits = digits(value);
    return digits != null && digits.length() == 8 ? digits : null;
  }

  private static @Nullable String replaceWords(
      String text, Map<String, String> replacements, Set<String> dropped) {
    StringBuilder result = new StringBuilder(text.length());
    for (String word : text.split(" ")) {
      if (dropped.contains(word)) {
        continue;
      }
      if (result.length() > 0) {
        result.append(' ');
      }
      result.append(replacements.getOrDefault(word, word));
    }
    return emptyToNull(result.toString());
  }

  private static boolean isAsciiLetterDigitSpace(String text) {
    boolean lastSpace = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean space = c == ' ';
      if (!(space || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) || (space && lastSpace)) {
        return false;
      }
      lastSpace = space;
    }
    return !lastSpace || text.isEmpty();
  }

  private static @Nullable String emptyToNull(String text) {
    return text.isEmpty() ? null : text;
  }
}
