package io.crmkit.jpa.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.contactpoint.EmailAddress;
import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.customfield.CustomFieldType;
import io.crmkit.core.customfield.CustomFieldValue;
import io.crmkit.core.customfield.CustomFields;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Stores a record's custom fields as one JSON object (jsonb on PostgreSQL): each key maps to its
 * type and canonical text, {@code {"size": {"type": "NUMBER", "value": "42"}}}, so that a value
 * reads back exactly without the tenant's field definitions.
 *
 * <p>The entities keep the document as text and their mappers convert it here, rather than through
 * a JPA {@code AttributeConverter}: EclipseLink hands a converter the JDBC driver's own object for
 * a {@code jsonb} column (a {@code PGobject}), not the text the converter declares.
 */
public final class CustomFieldsDocument {

  private CustomFieldsDocument() {}

  /** Returns the document of {@code fields}; null stands for no fields. */
  public static String write(@Nullable CustomFields fields) {
    return Json.write(toNode(fields));
  }

  /** Returns the document of {@code fields} as a JSON tree, for documents that embed it. */
  public static ObjectNode toNode(@Nullable CustomFields fields) {
    ObjectNode root = Json.mapper().createObjectNode();
    if (fields != null) {
      for (Map.Entry<String, CustomFieldValue> field : fields.asMap().entrySet()) {
        ObjectNode value = root.putObject(field.getKey());
        value.put("type", field.getValue().type().name());
        if (field.getValue() instanceof CustomFieldValue.Choices choices) {
          choices.values().forEach(value.putArray("values")::add);
        } else {
          value.put("value", field.getValue().asText());
        }
      }
    }
    return root;
  }

  /** Returns the fields of the document {@code text}; null or blank stands for no fields. */
  public static CustomFields read(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return CustomFields.empty();
    }
    return fromNode(Json.read(text, JsonNode.class));
  }

  /** Returns the fields of the document tree {@code root}, as {@link #toNode} writes it. */
  public static CustomFields fromNode(JsonNode root) {
    Map<String, CustomFieldValue> values = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      values.put(field.getKey(), read(field.getKey(), field.getValue()));
    }
    return CustomFields.of(values);
  }

  private static CustomFieldValue read(String key, JsonNode node) {
    CustomFieldType type;
    try {
      type = CustomFieldType.valueOf(node.path("type").asText());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("stored custom field " + key + " has no known type", e);
    }
    String text = node.path("value").asText();
    return switch (type) {
      case TEXT -> new CustomFieldValue.Text(text);
      case NUMBER -> new CustomFieldValue.Number(Long.parseLong(text));
      case DECIMAL -> new CustomFieldValue.Decimal(new BigDecimal(text));
      case BOOLEAN -> new CustomFieldValue.Bool(Boolean.parseBoolean(text));
      case DATE -> new CustomFieldValue.Date(LocalDate.parse(text));
      case DATETIME -> new CustomFieldValue.DateTime(Instant.parse(text));
      case SINGLE_SELECT -> new CustomFieldValue.Choice(text);
      case MULTI_SELECT -> {
        HashSet<String> chosen = new HashSet<>();
        node.path("values").forEach(choice -> chosen.add(choice.asText()));
        yield new CustomFieldValue.Choices(chosen);
      }
      case URL -> new CustomFieldValue.Url(URI.create(text));
      case EMAIL -> new CustomFieldValue.Email(EmailAddress.of(text));
      case PHONE -> new CustomFieldValue.Phone(PhoneNumber.parse(text));
    };
  }
}
