package io.crmkit.core.internal;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/** Normalisation of human-entered text, and the folding used to sort and search it. */
public final class HumanText {

  private static final Pattern WHITESPACE_RUN = Pattern.compile("[\\s\\p{Z}]+");

  /**
   * Only the combining marks that Latin, Greek and Cyrillic letters carry as accents: the vowel
   * signs of Indic scripts or the Japanese voicing marks change the letter, so they stay.
   */
  private static final Pattern ACCENTS = Pattern.compile("[\\u0300-\\u036F]+");

  private HumanText() {}

  /** Returns {@code text} in NFC, stripped, with every run of whitespace turned into one space. */
  public static String collapse(String text) {
    if (isPlain(text)) {
      return text;
    }
    String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
    return WHITESPACE_RUN.matcher(nfc).replaceAll(" ").strip();
  }

  /**
   * Returns whether {@code text} is collapsed already: below U+0300 (where every character is in
   * NFC), no control character, and no white space but single spaces between words. Most names in
   * Latin scripts are, and skip the normalisation and the regular expression.
   */
  private static boolean isPlain(String text) {
    return isSpacedWordsOf(text, c -> c > ' ' && c < 0x300 && (c < 0x7F || c > 0xA0));
  }

  /**
   * Returns whether {@code text} holds only characters that {@code allowed} accepts, separated by
   * single spaces: none leading, trailing or repeated. The quick test of the text normalisers that
   * lets already normal text skip Unicode normalisation and regular expressions.
   */
  public static boolean isSpacedWordsOf(String text, IntPredicate allowed) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean plain =
          c == ' ' ? i > 0 && i < text.length() - 1 && text.charAt(i - 1) != ' ' : allowed.test(c);
      if (!plain) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns {@code part} {@linkplain #collapse collapsed}, checked to obey the {@link TextPolicy}
   * of one line (tabs and line breaks are allowed in the input, as collapsing makes them spaces)
   * and to hold at most {@code maxLength} characters (UTF-16 units, as databases such as H2 count
   * them: a character outside the Basic Multilingual Plane counts two).
   *
   * @param name what the part is, for messages, for example {@code family name}
   */
  public static String normalisePart(String part, String name, int maxLength) {
    requireNonNull(part, name);
    TextPolicy.check(name, part, TextPolicy.Kind.LINES);
    String collapsed = collapse(part);
    checkArgument(
        collapsed.length() <= maxLength,
        "%s is longer than %s characters: %s",
        name,
        maxLength,
        Quoted.of(collapsed));
    return collapsed;
  }

  /**
   * Returns {@code text} lower-cased, with accents removed and letters that have no decomposition
   * spelt out in ASCII ({@code ß} as {@code ss}, {@code ø} as {@code o}), so that {@code Jürgen}
   * and {@code jurgen} fold to the same key.
   */
  public static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
    String unaccented = ACCENTS.matcher(decomposed).replaceAll("");
    String composed = Normalizer.normalize(unaccented, Normalizer.Form.NFC);
    StringBuilder folded = new StringBuilder(composed.length());
    composed.codePoints().forEach(c -> folded.append(spellOut(c)));
    return folded.toString();
  }

  private static String spellOut(int c) {
    return switch (c) {
      case 'ß' -> "ss";
      case 'æ' -> "ae";
      case 'œ' -> "oe";
      case 'ø' -> "o";
      case 'ł' -> "l";
      case 'đ', 'ð' -> "d";
      case 'þ' -> "th";
      case 'ı' -> "i";
      default -> Character.toString(c);
    };
  }
}
