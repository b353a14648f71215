package io.crmkit.core.customfield;

import static io.crmkit.core.RecordType.COMPANY;
import static io.crmkit.core.RecordType.CONTACT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.internal.Quoted;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomFieldDefinitionTests {

  @Test
  void factoriesCreateOptionalFieldsOfTheirType() {
    CustomFieldDefinition size = CustomFieldDefinition.number(COMPANY, "size", "Employees");

    assertThat(size.recordType()).isEqualTo(COMPANY);
    assertThat(size.key()).isEqualTo("size");
    assertThat(size.label()).isEqualTo("Employees");
    assertThat(size.type()).isEqualTo(CustomFieldType.NUMBER);
    assertThat(size.required()).isFalse();
    assertThat(size.options()).isEmpty();
    assertThat(size.fieldPath()).isEqualTo("customFields.size");
    assertThat(CustomFieldDefinition.text(CONTACT, "a", "A").type())
        .isEqualTo(CustomFieldType.TEXT);
    assertThat(CustomFieldDefinition.decimal(CONTACT, "a", "A").type())
        .isEqualTo(CustomFieldType.DECIMAL);
    assertThat(CustomFieldDefinition.bool(CONTACT, "a", "A").type())
        .isEqualTo(CustomFieldType.BOOLEAN);
    assertThat(CustomFieldDefinition.date(CONTACT, "a", "A").type())
        .isEqualTo(CustomFieldType.DATE);
    assertThat(CustomFieldDefinition.dateTime(CONTACT, "a", "A").type())
        .isEqualTo(CustomFieldType.DATETIME);
    assertThat(CustomFieldDefinition.url(CONTACT, "a", "A").type()).isEqualTo(CustomFieldType.URL);
    assertThat(CustomFieldDefinition.email(CONTACT, "a", "A").type())
        .isEqualTo(CustomFieldType.EMAIL);
    assertThat(CustomFieldDefinition.phone(CONTACT, "a", "A").type())
        .isEqualTo(CustomFieldType.PHONE);
  }

  @Test
  void selectFieldsKeepTheirOptionsInOrder() {
    CustomFieldDefinition tier =
        CustomFieldDefinition.singleSelect(CONTACT, "tier", "Tier", List.of("gold", "bronze"));
    CustomFieldDefinition tags =
        CustomFieldDefinition.multiSelect(CONTACT, "tags", "Tags", List.of("vip", "press"));

    assertThat(tier.type()).isEqualTo(CustomFieldType.SINGLE_SELECT);
    assertThat(tier.options()).containsExactly("gold", "bronze");
    assertThat(tags.type()).isEqualTo(CustomFieldType.MULTI_SELECT);
    assertThat(tags.options()).containsExactly("vip", "press");
  }

  @Test
  void copiesTheOptions() {
    List<String> options = new ArrayList<>(List.of("a"));
    CustomFieldDefinition tier =
        CustomFieldDefinition.singleSelect(CONTACT, "tier", "Tier", options);
    options.add("b");

    assertThat(tier.options()).containsExactly("a");
  }

  @Test
  void withCopiesChangeOnePart() {
    CustomFieldDefinition tier =
        CustomFieldDefinition.singleSelect(CONTACT, "tier", "Tier", List.of("gold"));

    assertThat(tier.withRequired(true).required()).isTrue();
    assertThat(tier.withRequired(true).withRequired(false)).isEqualTo(tier);
    assertThat(tier.withLabel("Level").label()).isEqualTo("Level");
    assertThat(tier.withOptions(List.of("x", "y")).options()).containsExactly("x", "y");
  }

  @Test
  void acceptsTheLongestKey() {
    String key = "k" + "_9".repeat(31);

    assertThat(CustomFieldDefinition.text(CONTACT, key, "Long").key()).hasSize(63);
  }

  @Test
  void rejectsNullParts() {
    assertThatThrownBy(() -> CustomFieldDefinition.text(null, "size", "Size"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("record type");
    assertThatThrownBy(() -> CustomFieldDefinition.text(CONTACT, null, "Size"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("custom field key");
    assertThatThrownBy(() -> CustomFieldDefinition.text(CONTACT, "size", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("label");
    assertThatThrownBy(() -> CustomFieldDefinition.of(CONTACT, "size", "Size", null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type");
    assertThatThrownBy(
            () -> CustomFieldDefinition.of(CONTACT, "size", "Size", CustomFieldType.TEXT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("options");
  }

  @Test
  void rejectsAKeyThatIsNotLowerCaseSnakeCase() {
    for (String key :
        List.of("", "Size", "1size", "_size", "size-x", "größe", "k" + "a".repeat(63))) {
      assertThatThrownBy(() -> CustomFieldDefinition.text(CONTACT, key, "Size"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "custom field key must be a lower-case letter followed by up to 62 lower-case"
                  + " letters, digits or '_': '"
                  + key
                  + "'");
    }
  }

  @Test
  void rejectsABlankLabel() {
    assertThatThrownBy(() -> CustomFieldDefinition.text(CONTACT, "size", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom field size needs a label, not ' '");
  }

  @Test
  void rejectsALabelLongerThan200Characters() {
    String label = "L".repeat(201);

    assertThatThrownBy(() -> CustomFieldDefinition.text(CONTACT, "size", label))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "custom field size has a label longer than 200 characters: " + Quoted.of(label));
  }

  @Test
  void rejectsALabelWithControlCharacters() {
    assertThatThrownBy(() -> CustomFieldDefinition.text(CONTACT, "size", "Si\nze"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom field size label has U+000A (a line break) at index 2");
  }

  @Test
  void rejectsASelectFieldWithoutOptions() {
    assertThatThrownBy(() -> CustomFieldDefinition.singleSelect(CONTACT, "tier", "Tier", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom field tier of type SINGLE_SELECT needs at least one option");
  }

  @Test
  void rejectsRepeatedOptions() {
    assertThatThrownBy(
            () ->
                CustomFieldDefinition.multiSelect(
                    CONTACT, "tags", "Tags", List.of("vip", "press", "vip")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom field tags repeats the option 'vip'");
  }

  @Test
  void rejectsInvalidOptionText() {
    for (String option : List.of("", " ", " vip", "vip ", "v\u0000ip", "o".repeat(201))) {
      assertThatThrownBy(
              () -> CustomFieldDefinition.singleSelect(CONTACT, "tier", "Tier", List.of(option)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "custom field tier has an option that is not 1 to 200 characters of one line"
                  + " without surrounding spaces: "
                  + Quoted.of(option));
    }
  }

  @Test
  void rejectsMoreThan500Options() {
    List<String> options = new ArrayList<>();
    for (int i = 0; i < 501; i++) {
      options.add("o" + i);
    }

    assertThatThrownBy(() -> CustomFieldDefinition.singleSelect(CONTACT, "tier", "Tier", options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom field tier has 501 options, more than 500");
  }

  @Test
  void rejectsOptionsOnOtherTypes() {
    assertThatThrownBy(
            () ->
                CustomFieldDefinition.of(
                    CONTACT, "size", "Size", CustomFieldType.NUMBER, List.of("1", "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("custom field size of type NUMBER takes no options, but has '1', '2'");
  }

  @Test
  void rejectsNullOptions() {
    assertThatThrownBy(
            () ->
                CustomFieldDefinition.singleSelect(
                    CONTACT, "tier", "Tier", Collections.singletonList(null)))
        .isInstanceOf(NullPointerException.class);
  }
}
