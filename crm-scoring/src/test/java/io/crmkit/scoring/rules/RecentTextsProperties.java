package io.crmkit.scoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A remembered text must give the phrases a new search of it gives, however texts share places. */
class RecentTextsProperties {

  private static final List<String> PHRASES = List.of("/pricing", "/demo", "vp", "Head of");

  // few texts, so that they recur; "Aa" and "BB" share a hash, so that they share every place
  private static final List<String> TEXTS =
      List.of(
          "https://example.com/pricing",
          "https://example.com/DEMO/vp",
          "https://example.com/blog",
          "Head of Sales",
          "VP Marketing",
          "Aa",
          "BB",
          "");

  private static List<String> searchedAfresh(String text) {
    Phrases phrases = Phrases.of(PHRASES);
    long[] found = phrases.newFound();
    phrases.find(text, found);
    return named(found);
  }

  private static List<String> named(long[] found) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < PHRASES.size(); i++) {
      if (Phrases.has(found, i)) {
        names.add(PHRASES.get(i));
      }
    }
    return names;
  }

  @Test
  void everyReadingFindsWhatAFreshSearchFinds() {
    qt().withExamples(2_000)
        .forAll(
            integers().between(0, 3).map(power -> 1 << power),
            lists().of(arbitrary().pick(TEXTS)).ofSizeBetween(1, 30))
        .checkAssert(
            (capacity, readings) -> {
              RecentTexts recent = new RecentTexts(Phrases.of(PHRASES), capacity);
              for (String text : readings) {
                // a copy, so that a text is recognised by its characters, not its identity
                assertThat(named(recent.phrasesIn(new String(text))))
                    .as("'%s' with %s places", text, capacity)
                    .isEqualTo(searchedAfresh(text));
              }
            });
  }

  @Test
  void rejectsACapacityThatIsNotAPowerOfTwo() {
    assertThatThrownBy(() -> new RecentTexts(Phrases.of(PHRASES), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity is not a power of two: 3");
  }
}
