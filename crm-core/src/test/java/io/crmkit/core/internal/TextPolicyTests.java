package io.crmkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.internal.TextPolicy.Kind;
import org.junit.jupiter.api.Test;

class TextPolicyTests {

  private static final String HARD_BUT_VALID =
      "Zoë 山田 \uD83D\uDE42 שָׁלוֹם مرحبا \uD801\uDC37 e\u0301 \uD835\uDD04";

  @Test
  void acceptsHardButWellFormedTextOfEveryKind() {
    for (Kind kind : Kind.values()) {
      assertThat(TextPolicy.check("text", HARD_BUT_VALID, kind)).isSameAs(HARD_BUT_VALID);
    }
  }

  @Test
  void refusesALoneSurrogateEverywhereNamingItsIndex() {
    for (Kind kind : Kind.values()) {
      assertThatThrownBy(() -> TextPolicy.check("name", "Ana\uD800", kind))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("name has U+D800 (a lone surrogate) at index 3");
      assertThat(TextPolicy.problem("\uDC00x", kind))
          .contains("has U+DC00 (a lone surrogate) at index 0");
      // a high surrogate at the end, and two high surrogates in a row
      assertThat(TextPolicy.obeys("x\uD83D", kind)).isFalse();
      assertThat(TextPolicy.obeys("\uD83D\uD83D\uDE42", kind)).isFalse();
    }
  }

  @Test
  void refusesControlCharactersButTabsAndLineBreaksWhereLinesMayBreak() {
    assertThat(TextPolicy.problem("a\u0000b", Kind.LINES))
        .contains("has U+0000 (a control character) at index 1");
    assertThat(TextPolicy.problem("a\u0085b", Kind.LINES))
        .contains("has U+0085 (a control character) at index 1");
    assertThat(TextPolicy.obeys("one\r\ntwo\tthree\u2028four", Kind.LINES)).isTrue();
    assertThat(TextPolicy.problem("one\ntwo", Kind.LINE))
        .contains("has U+000A (a line break) at index 3");
    assertThat(TextPolicy.problem("one\ttwo", Kind.LINE)).contains("has U+0009 (a tab) at index 3");
  }

  @Test
  void identifiersRefuseFormatCharactersAndWhiteSpaceAtEitherEnd() {
    assertThat(TextPolicy.problem("vip\u202E", Kind.IDENTIFIER))
        .contains("has U+202E (a bidi control) at index 3");
    assertThat(TextPolicy.problem("v\u200Dip", Kind.IDENTIFIER))
        .contains("has U+200D (an invisible format character) at index 1");
    assertThat(TextPolicy.problem("x\uDB40\uDC01", Kind.IDENTIFIER))
        .contains("has U+E0001 (an invisible format character) at index 1");
    assertThat(TextPolicy.problem("C-1 ", Kind.IDENTIFIER))
        .contains("has U+0020 (white space at the end) at index 3");
    assertThat(TextPolicy.problem("\u00A0C-1", Kind.IDENTIFIER))
        .contains("has U+00A0 (white space at the start) at index 0");
    assertThat(TextPolicy.obeys("ana lima", Kind.IDENTIFIER)).isTrue();
    // human text may need them: a right-to-left mark in a name, a soft hyphen in a title
    assertThat(TextPolicy.obeys("\u200Fمرحبا Lima\u00AD ", Kind.LINE)).isTrue();
  }
}
