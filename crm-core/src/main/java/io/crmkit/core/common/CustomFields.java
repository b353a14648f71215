package io.crmkit.core.common;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The custom field values of one record: an immutable map from field key to typed value.
 *
 * <p>The values themselves are well formed by construction; whether they fit the tenant's {@link
 * CustomFieldDefinition}s (known keys, right types, allowed options, required fields present) is
 * checked by {@link #validate} and {@link #checkValid}, because definitions change independently of
 * the records that use them. Keys iterate in alphabetical order.
 *
 * @since 0.1
 */
public final class CustomFields {

  static final String PATH_PREFIX = "customFields.";

  private static final CustomFields EMPTY = new CustomFields(ImmutableSortedMap.of());

  private final ImmutableSortedMap<String, CustomFieldValue> values;

  private CustomFields(ImmutableSortedMap<String, CustomFieldValue> values) {
    this.values = values;
  }

  /** Returns no custom field values. */
  public static CustomFields empty() {
    return EMPTY;
  }

  /**
   * Returns the given values.
   *
   * @param values key to value, never null, without null keys or values; each key must match {@code
   *     [a-z][a-z0-9_]{0,62}}
   */
  public static CustomFields of(Map<String, ? extends CustomFieldValue> values) {
    requireNonNull(values, "custom field values");
    values.forEach(
        (key, value) -> {
          CustomFieldDefinition.checkKey(key);
          requireNonNull(value, () -> "custom field " + key + " has a null value");
        });
    return new CustomFields(ImmutableSortedMap.copyOf(values));
  }

  /** Returns a copy in which {@code key} holds {@code value}, replacing any earlier value. */
  public CustomFields with(String key, CustomFieldValue value) {
    CustomFieldDefinition.checkKey(key);
    requireNonNull(value, "custom field value");
    TreeMap<String, CustomFieldValue> copy = new TreeMap<>(values);
    copy.put(key, value);
    return new CustomFields(ImmutableSortedMap.copyOfSorted(copy));
  }

  /** Returns a copy without a value for {@code key}; this if there is none. */
  public CustomFields without(String key) {
    requireNonNull(key, "custom field key");
    if (!values.containsKey(key)) {
      return this;
    }
    TreeMap<String, CustomFieldValue> copy = new TreeMap<>(values);
    copy.remove(key);
    return new CustomFields(ImmutableSortedMap.copyOfSorted(copy));
  }

  /** Returns the value of {@code key}, if there is one. */
  public Optional<CustomFieldValue> get(String key) {
    requireNonNull(key, "custom field key");
    return Optional.ofNullable(values.get(key));
  }

  /** Returns an unmodifiable view of every value by key, in key order. */
  public Map<String, CustomFieldValue> asMap() {
    return values;
  }

  /** Returns whether there are no values. */
  public boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Returns every way in which these values break {@code definitions}, in key order, then the
   * required fields that are missing; empty when they fit. Each error's field is {@code
   * customFields.<key>}.
   *
   * @param definitions the definitions of the record's type, never null, keys distinct
   * @throws IllegalArgumentException if two definitions share a key
   */
  public List<FieldError> validate(Collection<CustomFieldDefinition> definitions) {
    Map<String, CustomFieldDefinition> byKey = byKey(definitions);
    List<FieldError> errors = new ArrayList<>();
    values.forEach(
        (key, value) -> {
          CustomFieldDefinition definition = byKey.get(key);
          if (definition == null) {
            errors.add(FieldError.of(PATH_PREFIX + key, value.asText(), "no such custom field"));
          } else {
            definition
                .problemWith(value)
                .ifPresent(
                    problem ->
                        errors.add(FieldError.of(definition.fieldPath(), value.asText(), problem)));
          }
        });
    for (CustomFieldDefinition definition : definitions) {
      if (definition.required() && !values.containsKey(definition.key())) {
        errors.add(FieldError.of(definition.fieldPath(), null, "is required"));
      }
    }
    return List.copyOf(errors);
  }

  /**
   * Throws if these values break {@code definitions}.
   *
   * @param subject what is being validated, for the message, for example {@code contact}
   * @param definitions the definitions of the record's type, never null, keys distinct
   * @throws ValidationException with every error {@link #validate} finds
   */
  public void checkValid(String subject, Collection<CustomFieldDefinition> definitions) {
    requireNonNull(subject, "subject");
    List<FieldError> errors = validate(definitions);
    if (!errors.isEmpty()) {
      throw new ValidationException(subject, errors);
    }
  }

  private static Map<String, CustomFieldDefinition> byKey(
      Collection<CustomFieldDefinition> definitions) {
    requireNonNull(definitions, "custom field definitions");
    Map<String, CustomFieldDefinition> byKey = new HashMap<>();
    for (CustomFieldDefinition definition : definitions) {
      requireNonNull(definition, "custom field definition");
      CustomFieldDefinition earlier = byKey.put(definition.key(), definition);
      checkArgument(
          earlier == null, "two custom field definitions share the key '%s'", definition.key());
    }
    return byKey;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CustomFields that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
