package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class TextProperties {

  // Letters whose case mappings are not one-to-one (dotless i, Kelvin sign, micro sign, y with
  // diaeresis, sharp s), a supplementary letter with its lower case, and URL punctuation.
  private static final List<String> ALPHABET =
      List.of(
          "a",
          "A",
          "b",
          "B",
          "i",
          "I",
          "\u0131",
          "\u0130",
          "k",
          "K",
          "\u212A",
          "\u00B5",
          "\u039C",
          "\u03BC",
          "\u00FF",
          "\u0178",
          "\u00DF",
          "\uD801\uDC00",
          "\uD801\uDC28",
          "/",
          "-",
          "1");

  private static Gen<String> texts(int maxLength) {
    return lists()
        .of(arbitrary().pick(ALPHABET))
        .ofSizeBetween(0, maxLength)
        .map(parts -> parts.stream().collect(Collectors.joining()));
  }

  private static boolean atSomePosition(String text, String part) {
    for (int i = 0; i <= text.length() - part.length(); i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  @Test
  void containsIgnoreCaseAgreesWithRegionMatchesAtEveryPosition() {
    qt().withExamples(5_000)
        .forAll(texts(12), texts(3))
        .checkAssert(
            (text, part) ->
                assertThat(Text.containsIgnoreCase(text, part))
                    .as("'%s' in '%s'", part, text)
                    .isEqualTo(atSomePosition(text, part)));
  }

  @Test
  void containsIgnoreCaseFindsAPartWhateverItsCase() {
    assertThat(Text.containsIgnoreCase("https://example.com/PRICING?plan=pro", "/pricing"))
        .isTrue();
    assertThat(Text.containsIgnoreCase("Regional vp of Sales", "VP")).isTrue();
    assertThat(Text.containsIgnoreCase("Developer", "VP")).isFalse();
    assertThat(Text.containsIgnoreCase("VP", "VPs")).isFalse();
    assertThat(Text.containsIgnoreCase("", "")).isTrue();
  }
}
