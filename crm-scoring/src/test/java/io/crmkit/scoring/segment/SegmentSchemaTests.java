package io.crmkit.scoring.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentSchemaTests {

  @Test
  void findsFieldsByExactName() {
    SegmentSchema schema = SegmentFixtures.contacts();
    assertThat(schema.field("custom.size"))
        .contains(FieldDefinition.of("custom.size", FieldType.NUMBER));
    assertThat(schema.field("Country")).isEmpty();
  }

  @Test
  void keepsChoicesInDeclarationOrder() {
    FieldDefinition grade = FieldDefinition.choice("grade", "C", "A", "B");
    assertThat(grade.choices()).containsExactly("C", "A", "B");
  }

  @Test
  void rejectsAFieldDeclaredTwice() {
    assertThatThrownBy(
            () ->
                SegmentSchema.of(
                    List.of(
                        FieldDefinition.of("score", FieldType.NUMBER),
                        FieldDefinition.of("score", FieldType.DECIMAL))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field declared twice: 'score'");
  }

  @Test
  void rejectsInvalidAndReservedFieldNames() {
    assertThatThrownBy(() -> FieldDefinition.of("", FieldType.TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid field name: ''");
    assertThatThrownBy(() -> FieldDefinition.of("first name", FieldType.TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid field name: 'first name'");
    assertThatThrownBy(() -> FieldDefinition.of("x".repeat(129), FieldType.TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("invalid field name: 'xxx");
    assertThatThrownBy(() -> FieldDefinition.of("Between", FieldType.TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("field name is a keyword: 'Between'");
    assertThatThrownBy(() -> FieldDefinition.of(null, FieldType.TEXT))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("field name");
  }

  @Test
  void requiresChoicesForChoiceFieldsOnly() {
    assertThatThrownBy(() -> FieldDefinition.of("grade", FieldType.CHOICE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a choice field needs choices and no other field takes any: field 'grade' of type"
                + " choice with choices []");
    assertThatThrownBy(() -> new FieldDefinition("score", FieldType.NUMBER, Set.of("1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a choice field needs choices and no other field takes any");
    assertThatThrownBy(() -> FieldDefinition.choice("grade", "A", "A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate choice of field 'grade': [A, A]");
    assertThatThrownBy(() -> FieldDefinition.choice("grade", "A", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid choice of field 'grade': ' '");
  }
}
