package io.crmkit.core.customfield;

import static io.crmkit.core.RecordType.COMPANY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import io.crmkit.core.customfield.CustomFieldValue.Bool;
import io.crmkit.core.customfield.CustomFieldValue.Choice;
import io.crmkit.core.customfield.CustomFieldValue.Choices;
import io.crmkit.core.customfield.CustomFieldValue.Text;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CustomFieldsTests {

  private static final CustomFieldDefinition SIZE =
      CustomFieldDefinition.number(COMPANY, "size", "Employees").withRequired(true);
  private static final CustomFieldDefinition TIER =
      CustomFieldDefinition.singleSelect(COMPANY, "tier", "Tier", List.of("gold", "silver"));
  private static final CustomFieldDefinition MARKETS =
      CustomFieldDefinition.multiSelect(COMPANY, "markets", "Markets", List.of("eu", "us"));
  private static final CustomFieldDefinition NOTE =
      CustomFieldDefinition.text(COMPANY, "note", "Note").withRequired(true);
  private static final List<CustomFieldDefinition> DEFINITIONS = List.of(SIZE, TIER, MARKETS, NOTE);

  @Test
  void isAnImmutableMapFromKeyToValue() {
    CustomFields empty = CustomFields.empty();
    CustomFields one = empty.with("size", CustomFieldValue.Number.of(12));
    CustomFields two = one.with("tier", Choice.of("gold"));

    assertThat(empty.isEmpty()).isTrue();
    assertThat(empty.asMap()).isEmpty();
    assertThat(one.get("size")).contains(CustomFieldValue.Number.of(12));
    assertThat(one.get("tier")).isEmpty();
    assertThat(two.asMap()).containsOnlyKeys("size", "tier");
    assertThat(two.without("tier")).isEqualTo(one).hasSameHashCodeAs(one);
    assertThat(one.without("absent")).isSameAs(one);
    assertThat(two.with("size", CustomFieldValue.Number.of(13)).get("size"))
        .contains(CustomFieldValue.Number.of(13));
    assertThatThrownBy(() -> two.asMap().clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void theMapViewBehavesAsAnOrdinarySortedMapOfTheValues() {
    CustomFields three =
        CustomFields.empty()
            .with("tier", Choice.of("gold"))
            .with("note", Text.of("x"))
            .with("size", CustomFieldValue.Number.of(12));
    Map<String, CustomFieldValue> view = three.asMap();

    assertThat(view)
        .isEqualTo(
            Map.of(
                "tier", Choice.of("gold"),
                "note", Text.of("x"),
                "size", CustomFieldValue.Number.of(12)))
        .hasSameHashCodeAs(
            new java.util.TreeMap<>(
                Map.of(
                    "tier", Choice.of("gold"),
                    "note", Text.of("x"),
                    "size", CustomFieldValue.Number.of(12))));
    assertThat(view.keySet()).containsExactly("note", "size", "tier");
    assertThat(view.get("size")).isEqualTo(CustomFieldValue.Number.of(12));
    assertThat(view.get("absent")).isNull();
    assertThat(view.containsKey("note")).isTrue();
    assertThat(view.containsKey(42)).isFalse();
    assertThat(three).hasToString(view.toString());
    assertThat(view.toString()).startsWith("{note=");
  }

  @Test
  void ofCopiesTheMapAndOrdersKeys() {
    Map<String, CustomFieldValue> source = new HashMap<>();
    source.put("tier", Choice.of("gold"));
    source.put("note", Text.of("x"));
    CustomFields fields = CustomFields.of(source);
    source.clear();

    assertThat(fields.asMap()).containsOnlyKeys("note", "tier");
    assertThat(fields.asMap().keySet()).containsExactly("note", "tier");
    assertThat(fields)
        .isEqualTo(CustomFields.empty().with("tier", Choice.of("gold")).with("note", Text.of("x")));
  }

  @Test
  void rejectsAnInvalidKey() {
    assertThatThrownBy(() -> CustomFields.empty().with("Size", Bool.of(true)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "custom field key must be a lower-case letter followed by up to 62 lower-case letters,"
                + " digits or '_': 'Size'");
    assertThatThrownBy(() -> CustomFields.of(Map.of("a b", Bool.of(true))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("'a b'");
  }

  @Test
  void rejectsNulls() {
    Map<String, CustomFieldValue> withNull = new HashMap<>();
    withNull.put("size", null);

    assertThatThrownBy(() -> CustomFields.of(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("custom field size has a null value");
    assertThatThrownBy(() -> CustomFields.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("custom field values");
    assertThatThrownBy(() -> CustomFields.empty().with("size", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("custom field value");
    assertThatThrownBy(() -> CustomFields.empty().get(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("custom field key");
  }

  @Test
  void acceptsValuesThatFitTheirDefinitions() {
    CustomFields fields =
        CustomFields.empty()
            .with("size", CustomFieldValue.Number.of(40))
            .with("tier", Choice.of("silver"))
            .with("markets", Choices.of("eu", "us"))
            .with("note", Text.of("key account"));

    assertThat(fields.validate(DEFINITIONS)).isEmpty();
    fields.checkValid("company", DEFINITIONS);
  }

  @Test
  void reportsEveryProblemWithItsFieldPath() {
    CustomFields fields =
        CustomFields.empty()
            .with("size", Text.of("forty"))
            .with("tier", Choice.of("platinum"))
            .with("markets", Choices.of("eu", "apac", "latam"))
            .with("colour", Text.of("blue"));

    assertThat(fields.validate(DEFINITIONS))
        .containsExactly(
            FieldError.of("customFields.colour", "blue", "no such custom field"),
            FieldError.of(
                "customFields.markets",
                "apac,eu,latam",
                "not among the options 'eu', 'us': 'apac', 'latam'"),
            FieldError.of("customFields.size", "forty", "expected a NUMBER value, not TEXT"),
            FieldError.of(
                "customFields.tier",
                "platinum",
                "not among the options 'gold', 'silver': 'platinum'"),
            FieldError.of("customFields.note", null, "is required"));
  }

  @Test
  void checkValidThrowsWithEveryError() {
    CustomFields fields = CustomFields.empty().with("size", Bool.of(true));

    assertThatThrownBy(() -> fields.checkValid("company 42", DEFINITIONS))
        .isInstanceOf(ValidationException.class)
        .hasMessage(
            "invalid company 42: customFields.size 'true': expected a NUMBER value, not BOOLEAN;"
                + " customFields.note: is required")
        .extracting(e -> ((ValidationException) e).errors())
        .asList()
        .hasSize(2);
  }

  @Test
  void rejectsDefinitionsThatShareAKey() {
    CustomFieldDefinition otherSize = CustomFieldDefinition.text(COMPANY, "size", "Size");

    assertThatThrownBy(() -> CustomFields.empty().validate(List.of(SIZE, otherSize)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two custom field definitions share the key 'size'");
  }
}
