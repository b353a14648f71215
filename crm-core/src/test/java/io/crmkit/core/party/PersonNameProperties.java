package io.crmkit.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.crmkit.core.internal.HumanText;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PersonNameProperties {

  /** Letters of several scripts, decomposed accents, and every kind of whitespace. */
  private static final List<String> PIECES =
      List.of(
          "a", "Z", "é", "e\u0301", "ß", "Ø", "ł", "Ł", "İ", "ı", "山", "田", "я", "Ж", "म", "ी", "ガ",
          "ﬁ", "-", "'", " ", "  ", "\t", "\n", "\u00a0", "\u2003", "\u3000");

  private static Gen<String> parts() {
    return lists().of(arbitrary().pick(PIECES)).ofSizeBetween(0, 12).map(p -> String.join("", p));
  }

  @Test
  void normalisationIsIdempotent() {
    qt().forAll(parts(), parts())
        .assuming((given, family) -> !HumanText.collapse(given + family).isEmpty())
        .checkAssert(
            (given, family) -> {
              PersonName name = PersonName.of(given, family);
              assertThat(PersonName.of(name.given(), name.family(), name.display()))
                  .isEqualTo(name);
              assertThat(PersonName.of(name.given(), name.family())).isEqualTo(name);
            });
  }

  @Test
  void partsAreCollapsedNfcText() {
    qt().forAll(parts(), parts())
        .assuming((given, family) -> !HumanText.collapse(given + family).isEmpty())
        .checkAssert(
            (given, family) -> {
              PersonName name = PersonName.of(given, family);
              for (String part : List.of(name.given(), name.family(), name.display())) {
                assertThat(part).isEqualTo(part.strip()).doesNotContain("  ", "\t", "\n");
                assertThat(Normalizer.isNormalized(part, Normalizer.Form.NFC)).isTrue();
              }
            });
  }

  @Test
  void keysAreFoldedAndStable() {
    qt().forAll(parts(), parts())
        .assuming((given, family) -> !HumanText.collapse(given + family).isEmpty())
        .checkAssert(
            (given, family) -> {
              PersonName name = PersonName.of(given, family);
              assertThat(HumanText.fold(name.searchKey())).isEqualTo(name.searchKey());
              assertThat(HumanText.fold(name.sortKey())).isEqualTo(name.sortKey());
              assertThat(name.searchKey())
                  .doesNotContain("\u0301")
                  .isEqualTo(name.searchKey().toLowerCase(Locale.ROOT));
            });
  }
}
