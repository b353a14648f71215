package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

  @Test
  void foldsPlainAsciiToLowerCase() {
    assertThat(SearchText.fold("  Ana SMITH ")).isEqualTo("ana smith");
  }

  @Test
  void collapsesRunsAndOtherKindsOfWhiteSpace() {
    assertThat(SearchText.fold("Ana  Maria\tSmith")).isEqualTo("ana maria smith");
  }

  @Test
  void removesAccentsOutsideAscii() {
    assertThat(SearchText.fold("Zoë Müller")).isEqualTo("zoe muller");
    assertThat(SearchText.words("Jürgen  Groß")).containsExactly("jurgen", "groß");
  }
}
