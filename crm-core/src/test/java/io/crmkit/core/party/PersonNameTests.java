package io.crmkit.core.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.internal.Quoted;
import org.junit.jupiter.api.Test;

class PersonNameTests {

  @Test
  void displaysGivenThenFamily() {
    PersonName name = PersonName.of("Ana María", "García");

    assertThat(name.given()).isEqualTo("Ana María");
    assertThat(name.family()).isEqualTo("García");
    assertThat(name.display()).isEqualTo("Ana María García");
    assertThat(name).hasToString("Ana María García");
  }

  @Test
  void collapsesWhitespaceAndNormalisesToNfc() {
    PersonName name = PersonName.of("  Jose\u0301 \t Luis ", "de\u00a0la  Cruz\n");

    assertThat(name.given()).isEqualTo("Jos\u00e9 Luis");
    assertThat(name.family()).isEqualTo("de la Cruz");
    assertThat(name.display()).isEqualTo("Jos\u00e9 Luis de la Cruz");
  }

  @Test
  void keepsPartsThatAreCollapsedAlready() {
    PersonName name = PersonName.of("Łukasz", "O'Connor-Smith");

    assertThat(name.given()).isEqualTo("Łukasz");
    assertThat(name.family()).isEqualTo("O'Connor-Smith");
    assertThat(name.display()).isEqualTo("Łukasz O'Connor-Smith");
  }

  @Test
  void allowsASingleName() {
    assertThat(PersonName.of("", "Sukarno").display()).isEqualTo("Sukarno");
    assertThat(PersonName.of("Madonna", " ").display()).isEqualTo("Madonna");
  }

  @Test
  void keepsAnExplicitDisplayForm() {
    PersonName name = PersonName.of("Tarō", "Yamada", "山田 太郎");

    assertThat(name.display()).isEqualTo("山田 太郎");
    assertThat(name.searchKey()).isEqualTo("山田 太郎");
  }

  @Test
  void sortsByFamilyThenGivenWithAccentsFoldedAndLowerCased() {
    assertThat(PersonName.of("Jürgen", "Groß-Øster").sortKey()).isEqualTo("gross-oster, jurgen");
    assertThat(PersonName.of("Ana", "").sortKey()).isEqualTo("ana");
    assertThat(PersonName.of("", "Ñúñez").sortKey()).isEqualTo("nunez");
  }

  @Test
  void searchKeyFoldsTheDisplayForm() {
    assertThat(PersonName.of("Zoë", "Łukasiewicz").searchKey()).isEqualTo("zoe lukasiewicz");
  }

  @Test
  void foldingKeepsMarksThatChangeTheLetterInOtherScripts() {
    // Devanagari vowel signs and Japanese voicing marks are not accents
    assertThat(PersonName.of("", "मीना").sortKey()).isEqualTo("मीना");
    assertThat(PersonName.of("", "ガ").sortKey()).isEqualTo("ガ");
  }

  @Test
  void rejectsNullParts() {
    assertThatThrownBy(() -> PersonName.of(null, "García"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("given name");
    assertThatThrownBy(() -> PersonName.of("Ana", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("family name");
    assertThatThrownBy(() -> PersonName.of("Ana", "García", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("display name");
  }

  @Test
  void rejectsBlankGivenAndFamilyTogether() {
    assertThatThrownBy(() -> PersonName.of(" ", "\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a person name needs a given or a family name: given '', family ''");
  }

  @Test
  void rejectsABlankDisplayForm() {
    assertThatThrownBy(() -> PersonName.of("Ana", "García", "  "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("display name must not be blank: ''");
  }

  @Test
  void rejectsAPartLongerThan200Characters() {
    String family = "x".repeat(201);

    assertThatThrownBy(() -> PersonName.of("Ana", family))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("family name is longer than 200 characters: " + Quoted.of(family));
  }

  @Test
  void countsUtf16UnitsAsH2Does() {
    // H2 measures VARCHAR(200) in UTF-16 units: 200 such letters took 400 and were refused there
    String family = "𝔄".repeat(100);

    assertThat(PersonName.of("", family).family()).isEqualTo(family);
    assertThatThrownBy(() -> PersonName.of("", family + "𝔄"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("family name is longer than 200 characters");
  }

  @Test
  void rejectsControlCharacters() {
    assertThatThrownBy(() -> PersonName.of("An\u0000a", "García"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("given name has U+0000 (a control character) at index 2");
  }
}
