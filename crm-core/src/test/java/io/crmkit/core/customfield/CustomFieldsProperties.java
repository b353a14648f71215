package io.crmkit.core.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.crmkit.core.FieldError;
import io.crmkit.core.RecordType;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.customfield.CustomFieldValue.Bool;
import io.crmkit.core.customfield.CustomFieldValue.Choice;
import io.crmkit.core.customfield.CustomFieldValue.Choices;
import io.crmkit.core.customfield.CustomFieldValue.Date;
import io.crmkit.core.customfield.CustomFieldValue.DateTime;
import io.crmkit.core.customfield.CustomFieldValue.Decimal;
import io.crmkit.core.customfield.CustomFieldValue.Email;
import io.crmkit.core.customfield.CustomFieldValue.Phone;
import io.crmkit.core.customfield.CustomFieldValue.Text;
import io.crmkit.core.customfield.CustomFieldValue.Url;
import io.crmkit.core.internal.Quoted;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class CustomFieldsProperties {

  /** Option texts, including the separator and escape of the canonical text. */
  private static final List<String> OPTION_POOL =
      List.of("red", "green", "blue", "a, b", "x\\y", "größe", "\\,", "z");

  private static Gen<List<String>> optionLists() {
    return lists()
        .of(arbitrary().pick(OPTION_POOL))
        .ofSizeBetween(1, 4)
        .map(options -> List.copyOf(new LinkedHashSet<>(options)));
  }

  private static Gen<CustomFieldDefinition> definitions() {
    Gen<CustomFieldType> types = arbitrary().enumValues(CustomFieldType.class);
    Gen<RecordType> recordTypes = arbitrary().enumValues(RecordType.class);
    Gen<String> keys = arbitrary().pick(List.of("size", "tier", "tags", "x", "renewal_date"));
    return types.zip(
        recordTypes,
        keys,
        optionLists().zip(booleans().all(), (options, required) -> Map.entry(options, required)),
        (type, recordType, key, optionsAndRequired) ->
            CustomFieldDefinition.of(
                    recordType,
                    key,
                    "Label of " + key,
                    type,
                    type.hasOptions() ? optionsAndRequired.getKey() : List.of())
                .withRequired(optionsAndRequired.getValue()));
  }

  private static Gen<String> texts() {
    return strings()
        .basicMultilingualPlaneAlphabet()
        .ofLengthBetween(0, 20)
        .map(
            s -> {
              // lone surrogates and controls other than tab and line breaks are no text's
              String printable =
                  s.replaceAll("\\p{Cs}", "?").replaceAll("[\\p{Cc}&&[^\\t\\n\\r]]", "?");
              return printable.isBlank() ? printable + "x" : printable;
            });
  }

  private static Gen<CustomFieldValue> valuesOf(CustomFieldType type) {
    return switch (type) {
      case TEXT -> texts().map(Text::of);
      case NUMBER -> longs().all().map(CustomFieldValue.Number::of);
      case DECIMAL ->
          longs()
              .all()
              .zip(
                  integers().between(-15, 20),
                  (unscaled, scale) -> BigDecimal.valueOf(unscaled, scale))
              .map(Decimal::of);
      case BOOLEAN -> booleans().all().map(Bool::of);
      case DATE -> longs().between(-1_000_000, 1_000_000).map(LocalDate::ofEpochDay).map(Date::of);
      case DATETIME ->
          longs()
              .between(-100_000_000_000L, 100_000_000_000L)
              .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond)
              .map(DateTime::of);
      case SINGLE_SELECT -> arbitrary().pick(OPTION_POOL).map(Choice::of);
      case MULTI_SELECT -> optionLists().map(options -> new Choices(new HashSet<>(options)));
      case URL ->
          arbitrary()
              .pick(
                  List.of(
                      "https://example.com/", "http://crm.example.org:8080/a/", "HTTPS://x.io/"))
              .zip(
                  strings().basicLatinAlphabet().ofLengthBetween(0, 10),
                  (base, path) -> base + path)
              .map(CustomFieldsProperties::uriOrRoot)
              .map(Url::of);
      case EMAIL ->
          arbitrary()
              .pick(List.of("ana@example.com", "Bo.B@Bücher.de", "\"a b\"@x.org"))
              .map(EmailAddress::of)
              .map(Email::of);
      case PHONE ->
          arbitrary()
              .pick(
                  List.of(
                      "+49 30 123456", "+1 650-253-0000", "+44 20 7946 0958", "+81 3-1234-5678"))
              .map(raw -> PhoneNumber.parse(raw))
              .map(Phone::of);
    };
  }

  private static URI uriOrRoot(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      return URI.create("https://example.com/");
    }
  }

  private static Gen<CustomFieldValue> values() {
    return arbitrary().enumValues(CustomFieldType.class).flatMap(CustomFieldsProperties::valuesOf);
  }

  /** Values that fit {@code definition}: of its type, chosen among its options. */
  private static Gen<CustomFieldValue> fittingValuesOf(CustomFieldDefinition definition) {
    return switch (definition.type()) {
      case SINGLE_SELECT -> arbitrary().pick(definition.options()).map(Choice::of);
      case MULTI_SELECT ->
          lists()
              .of(arbitrary().pick(definition.options()))
              .ofSizeBetween(1, 3)
              .map(chosen -> new Choices(new HashSet<>(chosen)));
      default -> valuesOf(definition.type());
    };
  }

  /** A definition with a value that fits it, of its type, or of any type. */
  private static Gen<Map.Entry<CustomFieldDefinition, CustomFieldValue>> fields() {
    return definitions()
        .flatMap(
            definition ->
                fittingValuesOf(definition)
                    .mix(valuesOf(definition.type()), 30)
                    .mix(values(), 40)
                    .map(value -> Map.entry(definition, value)));
  }

  private static Gen<Map.Entry<CustomFieldDefinition, CustomFieldValue>> fittingFields() {
    return definitions()
        .flatMap(
            definition -> fittingValuesOf(definition).map(value -> Map.entry(definition, value)));
  }

  /** The oracle, written independently of the implementation. */
  private static boolean fits(CustomFieldDefinition definition, CustomFieldValue value) {
    if (value.type() != definition.type()) {
      return false;
    }
    if (value instanceof Choice choice) {
      return definition.options().contains(choice.value());
    }
    if (value instanceof Choices choices) {
      return definition.options().containsAll(choices.values());
    }
    return true;
  }

  @Test
  void validateAcceptsExactlyTheValuesThatFit() {
    AtomicInteger fitting = new AtomicInteger();
    AtomicInteger misfitting = new AtomicInteger();
    qt().forAll(fields())
        .checkAssert(
            field -> {
              CustomFieldDefinition definition = field.getKey();
              CustomFieldValue value = field.getValue();
              List<FieldError> errors =
                  CustomFields.empty().with(definition.key(), value).validate(List.of(definition));

              if (fits(definition, value)) {
                fitting.incrementAndGet();
                assertThat(errors).isEmpty();
              } else {
                misfitting.incrementAndGet();
                assertThat(errors).hasSize(1);
                assertThat(errors.get(0).field()).isEqualTo("customFields." + definition.key());
                // as a report shows it: escaped and cut short
                assertThat(errors.get(0).value()).isEqualTo(Quoted.shown(value.asText()));
              }
            });
    // without both kinds of input the property above would prove little
    assertThat(fitting.get()).isGreaterThan(100);
    assertThat(misfitting.get()).isGreaterThan(100);
  }

  @Test
  void aMissingValueIsAnErrorExactlyWhenTheFieldIsRequired() {
    qt().forAll(definitions())
        .checkAssert(
            definition -> {
              List<FieldError> errors = CustomFields.empty().validate(List.of(definition));

              if (definition.required()) {
                assertThat(errors)
                    .containsExactly(FieldError.of(definition.fieldPath(), null, "is required"));
              } else {
                assertThat(errors).isEmpty();
              }
            });
  }

  @Test
  void validateReportsEveryMisfitAmongManyFields() {
    qt().forAll(
            lists().of(fields()).ofSizeBetween(0, 8), lists().of(definitions()).ofSizeBetween(0, 4))
        .checkAssert(
            (given, unset) -> {
              // distinct keys: the index makes each key unique
              Map<String, CustomFieldValue> values = new LinkedHashMap<>();
              List<CustomFieldDefinition> definitions = new ArrayList<>();
              int expected = 0;
              for (int i = 0; i < given.size(); i++) {
                CustomFieldDefinition definition = rekeyed(given.get(i).getKey(), "set_" + i);
                values.put(definition.key(), given.get(i).getValue());
                definitions.add(definition);
                expected += fits(definition, given.get(i).getValue()) ? 0 : 1;
              }
              for (int i = 0; i < unset.size(); i++) {
                CustomFieldDefinition definition = rekeyed(unset.get(i), "unset_" + i);
                definitions.add(definition);
                expected += definition.required() ? 1 : 0;
              }
              values.put("unknown", Bool.of(true));
              expected += 1;

              List<FieldError> errors = CustomFields.of(values).validate(definitions);

              assertThat(errors).hasSize(expected);
              assertThat(errors).extracting(FieldError::field).doesNotHaveDuplicates();
              assertThat(errors).extracting(FieldError::field).contains("customFields.unknown");
            });
  }

  @Test
  void canonicalTextParsesBackToAnEqualValue() {
    qt().forAll(fittingFields())
        .checkAssert(
            field -> {
              CustomFieldValue value = field.getValue();
              assertThat(CustomFieldValue.parse(field.getKey(), value.asText())).isEqualTo(value);
            });
  }

  private static CustomFieldDefinition rekeyed(CustomFieldDefinition definition, String key) {
    return new CustomFieldDefinition(
        definition.recordType(),
        key,
        definition.label(),
        definition.type(),
        definition.required(),
        definition.options());
  }

  @Test
  void choicesKeepTheirSetWhateverTheOrderGiven() {
    qt().forAll(optionLists())
        .checkAssert(
            options -> {
              List<String> reversed = new ArrayList<>(options);
              Collections.reverse(reversed);
              Set<String> set = new HashSet<>(options);
              assertThat(new Choices(set)).isEqualTo(new Choices(new HashSet<>(reversed)));
              assertThat(new Choices(set).values()).containsExactlyInAnyOrderElementsOf(options);
            });
  }
}
