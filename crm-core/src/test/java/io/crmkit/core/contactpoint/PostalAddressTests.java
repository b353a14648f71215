package io.crmkit.core.contactpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.internal.Quoted;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostalAddressTests {

  @Test
  void buildsAnAddressWithEmptyStringsForAbsentParts() {
    PostalAddress address =
        PostalAddress.builder()
            .line(" Hauptstraße  1 ")
            .line("Hinterhaus")
            .city("Berlin")
            .postalCode("10115")
            .country("de")
            .build();

    assertThat(address.lines()).containsExactly("Hauptstraße 1", "Hinterhaus");
    assertThat(address.city()).isEqualTo("Berlin");
    assertThat(address.region()).isEmpty();
    assertThat(address.postalCode()).isEqualTo("10115");
    assertThat(address.countryCode()).isEqualTo("DE");
  }

  @Test
  void copiesTheLinesSoLaterChangesDoNotLeakIn() {
    List<String> lines = new ArrayList<>(List.of("1 Main St"));
    PostalAddress address = new PostalAddress(lines, "Springfield", "IL", "62701", "US");
    lines.add("changed");

    assertThat(address.lines()).containsExactly("1 Main St");
    assertThatThrownBy(() -> address.lines().add("x"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsAnUnknownCountry() {
    assertThatThrownBy(() -> PostalAddress.builder().city("Atlantis").country("XX").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country code must be an upper-case ISO 3166 alpha-2 code such as DE: 'XX'");
  }

  @Test
  void rejectsAMissingCountry() {
    assertThatThrownBy(() -> PostalAddress.builder().city("Berlin").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country code must be an upper-case ISO 3166 alpha-2 code such as DE: ''");
  }

  @Test
  void constructorRejectsALowerCaseCountry() {
    assertThatThrownBy(() -> new PostalAddress(List.of(), "Berlin", "", "", "de"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("country code must be an upper-case ISO 3166 alpha-2 code such as DE: 'de'");
  }

  @Test
  void rejectsMoreThanFourLines() {
    PostalAddress.Builder builder = PostalAddress.builder().country("DE");
    for (int i = 1; i <= 5; i++) {
      builder.line("line " + i);
    }

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an address has at most 4 lines, not 5: [line 1, line 2, line 3, line 4, line 5]");
  }

  @Test
  void rejectsABlankLine() {
    assertThatThrownBy(
            () -> PostalAddress.builder().line("1 Main St").line(" ").country("US").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("address line 2 must not be blank");
  }

  @Test
  void rejectsAPartLongerThan200Characters() {
    String city = "c".repeat(201);

    assertThatThrownBy(() -> PostalAddress.builder().city(city).country("FR").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("city is longer than 200 characters: " + Quoted.of(city));
  }

  @Test
  void rejectsControlCharacters() {
    assertThatThrownBy(
            () -> PostalAddress.builder().postalCode("10\u0007115").country("DE").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postal code has U+0007 (a control character) at index 2");
  }

  @Test
  void rejectsNullParts() {
    assertThatThrownBy(() -> PostalAddress.builder().region(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("region");
    assertThatThrownBy(() -> new PostalAddress(null, "", "", "", "DE"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("address lines");
  }

  @Test
  void rejectsAnAddressWithNothingButACountryAndRegion() {
    assertThatThrownBy(() -> PostalAddress.builder().region("Bavaria").country("DE").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "an address needs a street line, a city or a postal code besides its country DE");
  }
}
