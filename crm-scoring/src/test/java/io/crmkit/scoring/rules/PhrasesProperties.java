package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Searching for many phrases at once must find exactly what searching for each one finds. */
class PhrasesProperties {

  // ASCII letters in both cases and punctuation, plus characters whose case mappings reach ASCII
  // (dotless i, dotted capital I, Kelvin sign, long s), other non-ASCII letters and a surrogate
  // pair.
  private static final List<String> ALPHABET =
      List.of(
          "a",
          "A",
          "b",
          "B",
          "i",
          "I",
          "k",
          "K",
          "s",
          "S",
          "/",
          "-",
          " ",
          "1",
          "\u0131",
          "\u0130",
          "\u212A",
          "\u017F",
          "\u00FF",
          "\u0178",
          "\u00DF",
          "\uD801\uDC00",
          "\uD801\uDC28");

  private static final List<String> ASCII_ALPHABET =
      List.of("a", "A", "b", "B", "i", "I", "k", "K", "s", "S", "/", "-", " ", "1");

  private static Gen<String> texts(List<String> alphabet, int minLength, int maxLength) {
    return lists()
        .of(arbitrary().pick(alphabet))
        .ofSizeBetween(minLength, maxLength)
        .map(parts -> String.join("", parts));
  }

  private static List<String> foundOneByOne(List<String> phrases, String text) {
    return phrases.stream()
        .filter(phrase -> Text.containsIgnoreCase(text, phrase))
        .collect(Collectors.toList());
  }

  private static List<String> foundTogether(List<String> phrases, String text) {
    Phrases compiled = Phrases.of(phrases);
    long[] found = compiled.newFound();
    compiled.find(text, found);
    List<String> result = new ArrayList<>();
    for (int i = 0; i < phrases.size(); i++) {
      if (Phrases.has(found, i)) {
        result.add(phrases.get(i));
      }
    }
    return result;
  }

  @Test
  void findsInAsciiTextWhatEachPhraseSearchedAloneFinds() {
    qt().withExamples(5_000)
        .forAll(
            lists().of(texts(ASCII_ALPHABET, 1, 4)).ofSizeBetween(1, 5),
            texts(ASCII_ALPHABET, 0, 16))
        .checkAssert(
            (phrases, text) ->
                assertThat(foundTogether(phrases, text))
                    .as("%s in '%s'", phrases, text)
                    .isEqualTo(foundOneByOne(phrases, text)));
  }

  @Test
  void findsInAnyTextWhatEachPhraseSearchedAloneFinds() {
    qt().withExamples(5_000)
        .forAll(lists().of(texts(ALPHABET, 0, 3)).ofSizeBetween(1, 5), texts(ALPHABET, 0, 12))
        .checkAssert(
            (phrases, text) ->
                assertThat(foundTogether(phrases, text))
                    .as("%s in '%s'", phrases, text)
                    .isEqualTo(foundOneByOne(phrases, text)));
  }

  @Test
  void findsEveryPhraseOfAPageAddressWhateverItsCase() {
    List<String> phrases = List.of("/pricing", "/demo", "/docs", "enterprise");
    assertThat(foundTogether(phrases, "https://www.example.com/PRICING/Enterprise?from=/Docs"))
        .containsExactly("/pricing", "/docs", "enterprise");
    assertThat(foundTogether(phrases, "https://www.example.com/blog")).isEmpty();
  }

  @Test
  void aKelvinSignInTheTextStillMatchesTheLetterK() {
    List<String> phrases = List.of("kit", "VP");
    assertThat(foundTogether(phrases, "\u212Ait for the vp")).containsExactly("kit", "VP");
  }

  @Test
  void keepsMoreThanSixtyFourPhrasesApart() {
    List<String> phrases =
        IntStream.range(0, 150).mapToObj(i -> "/p" + i + "/").collect(Collectors.toList());
    assertThat(foundTogether(phrases, "/p7/ and /P149/ and /p64/"))
        .containsExactly("/p7/", "/p64/", "/p149/");
  }

  @Test
  void anAsciiCharacterThatIsNotALetterEqualsNothingButItselfIgnoringCase() {
    // what lets a phrase be looked for only where the text has such a character of it
    for (char ascii = 0; ascii < 128; ascii++) {
      if (Character.isLetter(ascii)) {
        continue;
      }
      String part = String.valueOf(ascii);
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        if (c != ascii) {
          assertThat(String.valueOf((char) c).regionMatches(true, 0, part, 0, 1))
              .as("U+%04X against '%s'", c, part)
              .isFalse();
        }
      }
    }
  }
}
