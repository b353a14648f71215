package io.crmkit.core.customfield;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import io.crmkit.core.internal.Quoted;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
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

  private static final CustomFields EMPTY = new CustomFields(new Object[0]);

  // keys and values alternate, keys in ascending order: one array per record, where a sorted map
  // took five objects, and every contact has its custom fields
  private final Object[] pairs;

  private CustomFields(Object[] pairs) {
    this.pairs = pairs;
  }

  private static CustomFields from(SortedMap<String, ? extends CustomFieldValue> sorted) {
    if (sorted.isEmpty()) {
      return EMPTY;
    }
    Object[] pairs = new Object[sorted.size() * 2];
    int i = 0;
    for (Map.Entry<String, ? extends CustomFieldValue> entry : sorted.entrySet()) {
      pairs[i++] = entry.getKey();
      pairs[i++] = entry.getValue();
    }
    return new CustomFields(pairs);
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
    return from(new TreeMap<>(values));
  }

  /** Returns a copy in which {@code key} holds {@code value}, replacing any earlier value. */
  public CustomFields with(String key, CustomFieldValue value) {
    CustomFieldDefinition.checkKey(key);
    requireNonNull(value, "custom field value");
    TreeMap<String, CustomFieldValue> copy = new TreeMap<>(asMap());
    copy.put(key, value);
    return from(copy);
  }

  /** Returns a copy without a value for {@code key}; this if there is none. */
  public CustomFields without(String key) {
    requireNonNull(key, "custom field key");
    if (indexOf(key) < 0) {
      return this;
    }
    TreeMap<String, CustomFieldValue> copy = new TreeMap<>(asMap());
    copy.remove(key);
    return from(copy);
  }

  /** Returns the value of {@code key}, if there is one. */
  public Optional<CustomFieldValue> get(String key) {
    requireNonNull(key, "custom field key");
    int index = indexOf(key);
    return index < 0 ? Optional.empty() : Optional.of(valueAt(index));
  }

  /** Returns an unmodifiable view of every value by key, in key order. */
  public Map<String, CustomFieldValue> asMap() {
    return new View();
  }

  /** Returns whether there are no values. */
  public boolean isEmpty() {
    return pairs.length == 0;
  }

  private int size() {
    return pairs.length / 2;
  }

  private String keyAt(int index) {
    return (String) pairs[2 * index];
  }

  private CustomFieldValue valueAt(int index) {
    return (CustomFieldValue) pairs[2 * index + 1];
  }

  /** Returns the index of {@code key}, or a negative number if it has no value. */
  private int indexOf(String key) {
    int low = 0;
    int high = size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      int order = keyAt(middle).compareTo(key);
      if (order < 0) {
        low = middle + 1;
      } else if (order > 0) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return -1;
  }

  /** The values as an unmodifiable map, in key order. */
  private final class View extends AbstractMap<String, CustomFieldValue> {

    @Override
    public int size() {
      return CustomFields.this.size();
    }

    @Override
    public boolean containsKey(@Nullable Object key) {
      return key instanceof String text && indexOf(text) >= 0;
    }

    @Override
    public @Nullable CustomFieldValue get(@Nullable Object key) {
      int index = key instanceof String text ? indexOf(text) : -1;
      return index < 0 ? null : valueAt(index);
    }

    @Override
    public Set<Map.Entry<String, CustomFieldValue>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public int size() {
          return CustomFields.this.size();
        }

        @Override
        public Iterator<Map.Entry<String, CustomFieldValue>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < CustomFields.this.size();
            }

            @Override
            public Map.Entry<String, CustomFieldValue> next() {
              if (!hasNext()) {
                throw new NoSuchElementException();
              }
              int index = next++;
              return Map.entry(keyAt(index), valueAt(index));
            }
          };
        }
      };
    }
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
    asMap()
        .forEach(
            (key, value) -> {
              CustomFieldDefinition definition = byKey.get(key);
              if (definition == null) {
                errors.add(
                    FieldError.of(PATH_PREFIX + key, value.asText(), "no such custom field"));
              } else {
                definition
                    .problemWith(value)
                    .ifPresent(
                        problem ->
                            errors.add(
                                FieldError.of(definition.fieldPath(), value.asText(), problem)));
              }
            });
    for (CustomFieldDefinition definition : definitions) {
      if (definition.required() && indexOf(definition.key()) < 0) {
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
          earlier == null,
          "two custom field definitions share the key %s",
          Quoted.of(definition.key()));
    }
    return byKey;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CustomFields that && Arrays.equals(pairs, that.pairs);
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
