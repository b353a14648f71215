package io.crmkit.scoring.rules;

import com.fasterxml.jackson.databind.JsonNode;
import io.crmkit.core.internal.FieldErrors;
import io.crmkit.core.internal.Numbers;
import io.crmkit.core.party.LifecycleStage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads typed fields of one object of a model document, recording each missing or mistyped field
 * under its path (for example {@code rules[3].points}) instead of stopping at the first.
 */
final class JsonFields {

  private final FieldErrors errors;
  private final String prefix;

  JsonFields(FieldErrors errors, String prefix) {
    this.errors = errors;
    this.prefix = prefix;
  }

  /** Returns the path of field {@code name} of this object. */
  String path(String name) {
    return prefix.isEmpty() ? name : name.startsWith("[") ? prefix + name : prefix + "." + name;
  }

  /** Returns the readers of the object at {@code name} inside this one. */
  JsonFields inside(String name) {
    return new JsonFields(errors, path(name));
  }

  @Nullable String text(JsonNode object, String name, boolean required) {
    JsonNode node = present(object, name, required);
    if (node == null) {
      return null;
    }
    if (!node.isTextual()) {
      errors.require(false, path(name), shown(node), "must be a string");
      return null;
    }
    return node.textValue();
  }

  @Nullable Integer integer(JsonNode object, String name, boolean required) {
    JsonNode node = present(object, name, required);
    if (node == null) {
      return null;
    }
    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
      errors.require(
          false,
          path(name),
          shown(node),
          node.isNumber() ? "must be a whole number" : "must be a number");
      return null;
    }
    return node.intValue();
  }

  @Nullable BigDecimal decimal(JsonNode object, String name) {
    JsonNode node = present(object, name, true);
    if (node == null) {
      return null;
    }
    if (!node.isNumber()) {
      errors.require(false, path(name), shown(node), "must be a number");
      return null;
    }
    // the document is read with exact decimals, so this is the number as written
    return attempt(name, node, () -> Numbers.decimal(name, node.decimalValue(), Numbers.DECIMAL));
  }

  /** Reads a required, non-empty array of strings. */
  @Nullable List<String> texts(JsonNode object, String name) {
    JsonNode node = present(object, name, true);
    if (node == null) {
      return null;
    }
    if (!node.isArray() || node.isEmpty()) {
      errors.require(false, path(name), shown(node), "must be a non-empty array of strings");
      return null;
    }
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode element = node.get(i);
      if (element.isTextual()) {
        texts.add(element.textValue());
      } else {
        errors.require(false, path(name) + "[" + i + "]", shown(element), "must be a string");
      }
    }
    return texts.size() == node.size() ? texts : null;
  }

  /**
   * Returns what {@code factory} makes of {@code value}, recording its refusal against {@code
   * name}.
   */
  <T, R> @Nullable R make(String name, Function<T, R> factory, @Nullable T value) {
    return value == null ? null : errors.attempt(path(name), value, () -> factory.apply(value));
  }

  /** Returns what {@code factory} makes, recording its refusal against {@code name}. */
  <R> @Nullable R attempt(String name, @Nullable Object shown, Supplier<R> factory) {
    return errors.attempt(path(name), shown, factory);
  }

  /** Records an error unless {@code condition} holds. */
  void require(boolean condition, String name, @Nullable Object value, String reason) {
    errors.require(condition, path(name), value, reason);
  }

  /** Records every field of {@code object} not in {@code known}: most often a typing mistake. */
  void rejectUnknown(JsonNode object, Set<String> known) {
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      errors.require(
          known.contains(name),
          path(name),
          null,
          "is not a known field; known are " + known.stream().sorted().toList());
    }
  }

  /** Returns the lifecycle stage called {@code name}, for example {@code MARKETING_QUALIFIED}. */
  static LifecycleStage stage(String name) {
    for (LifecycleStage stage : LifecycleStage.values()) {
      if (stage.name().equals(name)) {
        return stage;
      }
    }
    throw new IllegalArgumentException(
        "must be one of " + Arrays.toString(LifecycleStage.values()));
  }

  private @Nullable JsonNode present(JsonNode object, String name, boolean required) {
    JsonNode node = object.get(name);
    if (node == null || node.isNull()) {
      errors.require(!required, path(name), null, "is required");
      return null;
    }
    return node;
  }

  private static String shown(JsonNode node) {
    return node.isValueNode() ? node.asText() : node.toString();
  }
}
