package io.crmkit.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.crmkit.core.DataValue;
import io.crmkit.core.internal.JsonText;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The JSON writer of personal-data documents, read back by Jackson: any text, any number and any
 * nesting comes out as valid JSON that parses to exactly the values written.
 */
class PersonalDataJsonProperties {

  private static final ObjectMapper JACKSON =
      JsonMapper.builder(
              JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** Any UTF-16 text: every code unit, lone surrogates included. */
  private static Gen<String> anyText() {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, 0xffff))
        .ofSizeBetween(0, 40)
        .map(
            units -> {
              StringBuilder text = new StringBuilder();
              units.forEach(unit -> text.append((char) unit.intValue()));
              return text.toString();
            });
  }

  private static Gen<BigDecimal> anyDecimal() {
    return SourceDSL.longs().all().zip(SourceDSL.integers().between(-30, 30), BigDecimal::valueOf);
  }

  @Test
  void writesAnyTextSoThatJacksonReadsItBackEqual() {
    qt().withExamples(2_000)
        .forAll(anyText())
        .checkAssert(
            text -> {
              JsonNode read = parse(JsonText.of(new DataValue.Text(text)));
              assertThat(read.isTextual()).isTrue();
              assertThat(read.textValue()).isEqualTo(withoutLoneSurrogates(text));
            });
  }

  @Test
  void writesHardTextAsValidUtf8() {
    for (String text : hardTexts()) {
      String json = JsonText.of(DataValue.fields().put(text, text).build());
      byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
      JsonNode read = parse(new String(utf8, StandardCharsets.UTF_8));
      String expected = withoutLoneSurrogates(text);
      assertThat(read.fieldNames()).toIterable().containsExactly(expected);
      assertThat(read.get(expected).textValue()).isEqualTo(expected);
    }
  }

  @Test
  void writesAnyNumberExactly() {
    qt().withExamples(1_000)
        .forAll(anyDecimal())
        .checkAssert(
            number -> {
              JsonNode read = parse(JsonText.of(new DataValue.Decimal(number)));
              assertThat(read.decimalValue()).isEqualByComparingTo(number);
            });
  }

  @Test
  void writesNestedValuesAsTheTreeJacksonReads() {
    qt().withExamples(300)
        .withShrinkCycles(50)
        .forAll(tree(2))
        .checkAssert(value -> assertThat(read(parse(JsonText.of(value)))).isEqualTo(normal(value)));
  }

  @Test
  void writesAReportWithItsHeaderFirst() {
    PersonalDataReport report =
        new PersonalDataReport(
            io.crmkit.core.TenantId.of("acme"),
            io.crmkit.core.contact.ContactId.parse("0190a1b2-0000-7000-8000-000000000001"),
            java.time.Instant.parse("2026-03-02T09:00:00Z"),
            Map.of("contact", DataValue.fields().put("name", "Ana \"Lima\"\n").build()));

    JsonNode read = parse(report.toJson());

    assertThat(read.fieldNames())
        .toIterable()
        .containsExactly("tenant", "contactId", "generatedAt", "contact");
    assertThat(read.path("contactId").textValue())
        .isEqualTo("0190a1b2-0000-7000-8000-000000000001");
    assertThat(read.path("generatedAt").textValue()).isEqualTo("2026-03-02T09:00:00Z");
    assertThat(read.path("contact").path("name").textValue()).isEqualTo("Ana \"Lima\"\n");
  }

  private static List<String> hardTexts() {
    return List.of(
        "",
        "\"",
        "\\",
        "\u0000\u001f\u007f",
        "line\u2028para\u2029",
        "\ud83d\ude00 emoji",
        "lone \ud800 high",
        "lone \udc00 low",
        "</script><!--",
        "\ufeffbom",
        "tab\there\r\n");
  }

  private static Gen<DataValue> tree(int depth) {
    Gen<DataValue> leaf =
        SourceDSL.integers()
            .between(0, 4)
            .zip(
                anyText(),
                anyDecimal(),
                (kind, text, number) ->
                    switch (kind) {
                      case 0 -> new DataValue.Text(text);
                      case 1 -> new DataValue.Decimal(number);
                      case 2 -> new DataValue.Flag(text.length() % 2 == 0);
                      case 3 -> DataValue.ABSENT;
                      default -> new DataValue.Text(text + "\n\"");
                    });
    if (depth == 0) {
      return leaf;
    }
    Gen<DataValue> inner = tree(depth - 1);
    Gen<DataValue> items =
        SourceDSL.lists().of(inner).ofSizeBetween(0, 4).map(list -> new DataValue.Items(list));
    Gen<DataValue> fields =
        SourceDSL.lists()
            .of(anyText())
            .ofSizeBetween(0, 4)
            .zip(
                SourceDSL.lists().of(inner).ofSize(4),
                (names, values) -> {
                  Map<String, DataValue> map = new LinkedHashMap<>();
                  for (int i = 0; i < names.size(); i++) {
                    map.putIfAbsent(names.get(i), values.get(i));
                  }
                  return (DataValue) new DataValue.Fields(map);
                });
    return SourceDSL.integers()
        .between(0, 2)
        .zip(leaf, items, fields, (pick, a, b, c) -> pick == 0 ? a : pick == 1 ? b : c);
  }

  /** Returns {@code text} with each surrogate that is not half of a pair replaced by U+FFFD. */
  private static String withoutLoneSurrogates(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(Character.isSurrogate(c) ? '\ufffd' : c);
      }
    }
    return out.toString();
  }

  /** Returns the data value Jackson read, numbers without trailing zeros. */
  private static DataValue read(JsonNode node) {
    if (node.isTextual()) {
      return new DataValue.Text(node.textValue());
    }
    if (node.isNumber()) {
      return new DataValue.Decimal(node.decimalValue().stripTrailingZeros());
    }
    if (node.isBoolean()) {
      return new DataValue.Flag(node.booleanValue());
    }
    if (node.isArray()) {
      List<DataValue> items = new java.util.ArrayList<>();
      node.forEach(item -> items.add(read(item)));
      return new DataValue.Items(items);
    }
    if (node.isObject()) {
      Map<String, DataValue> fields = new LinkedHashMap<>();
      node.fields().forEachRemaining(field -> fields.put(field.getKey(), read(field.getValue())));
      return new DataValue.Fields(fields);
    }
    assertThat(node.isNull()).as("a JSON null").isTrue();
    return DataValue.ABSENT;
  }

  /** Returns {@code value} with its numbers without trailing zeros. */
  private static DataValue normal(DataValue value) {
    if (value instanceof DataValue.Text text) {
      return new DataValue.Text(withoutLoneSurrogates(text.value()));
    }
    if (value instanceof DataValue.Decimal decimal) {
      return new DataValue.Decimal(decimal.value().stripTrailingZeros());
    }
    if (value instanceof DataValue.Items items) {
      return new DataValue.Items(items.items().stream().map(item -> normal(item)).toList());
    }
    if (value instanceof DataValue.Fields fields) {
      Map<String, DataValue> normalised = new LinkedHashMap<>();
      fields
          .fields()
          .forEach((name, item) -> normalised.put(withoutLoneSurrogates(name), normal(item)));
      return new DataValue.Fields(normalised);
    }
    return value;
  }

  private static JsonNode parse(String json) {
    try {
      return JACKSON.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError("not valid JSON: " + json, e);
    }
  }
}
