package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An unknown field's error names the fields it was probably meant to be. */
class FieldSuggestionsTests {

  private static final SegmentSchema SCHEMA =
      SegmentSchema.builder()
          .field("email", FieldType.TEXT)
          .field("jobTitle", FieldType.TEXT)
          .field("country", FieldType.TEXT)
          .field("city", FieldType.TEXT)
          .field("custom.size", FieldType.NUMBER)
          .field("custom.sizes", FieldType.TEXT_SET)
          .choice("custom.tier", "gold", "silver")
          .build();

  /** Returns what the parser says it found in place of the field. */
  private static String hintFor(String field) {
    assertThat(SCHEMA.field(field)).isEmpty();
    try {
      SegmentParser.parse(field + " is empty", SCHEMA);
      throw new AssertionError("parsed an unknown field: " + field);
    } catch (SegmentParseException e) {
      return e.found();
    }
  }

  @Test
  void suggestsTheCustomFieldOfAKeyWrittenWithoutItsPrefix() {
    assertThat(hintFor("tier")).isEqualTo("unknown field 'tier' (did you mean 'custom.tier'?)");
  }

  @Test
  void suggestsTheStandardFieldBehindANeedlessPrefix() {
    assertThat(hintFor("custom.email"))
        .isEqualTo("unknown field 'custom.email' (did you mean 'email'?)");
  }

  @Test
  void suggestsTheFieldWrittenInAnotherCase() {
    assertThat(hintFor("JobTitle"))
        .isEqualTo("unknown field 'JobTitle' (did you mean 'jobTitle'?)");
    assertThat(hintFor("custom.Tier"))
        .isEqualTo("unknown field 'custom.Tier' (did you mean 'custom.tier'?)");
  }

  @Test
  void suggestsTheFieldsAFewTypingMistakesAway() {
    assertThat(hintFor("contry")).isEqualTo("unknown field 'contry' (did you mean 'country'?)");
    assertThat(hintFor("siz")).isEqualTo("unknown field 'siz' (did you mean 'custom.size'?)");
    assertThat(hintFor("custom.sise"))
        .isEqualTo("unknown field 'custom.sise' (did you mean 'custom.size'?)");
    assertThat(hintFor("custom.sizex"))
        .isEqualTo("unknown field 'custom.sizex' (did you mean 'custom.size' or 'custom.sizes'?)");
  }

  @Test
  void suggestsNothingWhenNoFieldComesClose() {
    assertThat(hintFor("birthday")).isEqualTo("unknown field 'birthday'");
  }

  @Test
  void suggestsForExpressionsBuiltInCodeToo() {
    assertThatThrownBy(() -> SegmentFilter.compile(Segments.field("tier").equalTo("gold"), SCHEMA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown field 'tier' (did you mean 'custom.tier'?)");
  }
}
