package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.contactpoint.PhoneNumber;
import io.crmkit.core.customfield.CustomFields;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One value of a document such as a person's data: a text, a decimal number, a flag, nothing, a
 * list of values or named fields, the shapes a JSON document is made of. A {@link
 * io.crmkit.core.spi.PersonalDataHolder} describes what it holds about a person as one of them.
 *
 * <pre>{@code
 * DataValue score = DataValue.fields()
 *     .put("model", "fit")
 *     .put("total", 42)
 *     .put("scoredAt", Instant.parse("2026-03-02T09:00:00Z"))
 *     .build();
 * }</pre>
 *
 * <p>Immutable; fields keep the order they were put in.
 *
 * @since 0.1
 */
public sealed interface DataValue {

  /** Nothing: a value that is not set. */
  DataValue ABSENT = new Absent();

  /**
   * A text.
   *
   * @param value the text, any characters; never null
   */
  record Text(String value) implements DataValue {
    public Text {
      requireNonNull(value, "value");
    }
  }

  /**
   * A decimal number, exactly.
   *
   * @param value the number; never null
   */
  record Decimal(BigDecimal value) implements DataValue {
    public Decimal {
      requireNonNull(value, "value");
    }
  }

  /**
   * A flag.
   *
   * @param value true or false
   */
  record Flag(boolean value) implements DataValue {}

  /** Nothing: a value that is not set; use {@link DataValue#ABSENT}. */
  record Absent() implements DataValue {}

  /**
   * A list of values, in order.
   *
   * @param items the values; never null, copied
   */
  record Items(List<DataValue> items) implements DataValue {
    public Items {
      items = List.copyOf(items);
    }
  }

  /**
   * Named values, in the order they were put.
   *
   * @param fields the values by name; never null, copied with its order
   */
  record Fields(Map<String, DataValue> fields) implements DataValue {
    public Fields {
      Map<String, DataValue> copy = new LinkedHashMap<>();
      fields.forEach(
          (name, value) -> copy.put(requireNonNull(name, "name"), requireNonNull(value, name)));
      fields = Collections.unmodifiableMap(copy);
    }
  }

  /** Returns a builder of named fields. */
  static FieldsBuilder fields() {
    return new FieldsBuilder();
  }

  /**
   * Returns the data value of a plain value: null and an empty {@link Optional} are {@link
   * #ABSENT}; a data value is itself; texts, flags and numbers are {@link Text}, {@link Flag} and
   * {@link Decimal}; an enum constant is the text of its name; a map gives {@link Fields} named by
   * its keys' text; a collection or other iterable gives {@link Items}; a phone number gives its
   * E.164 form and the form it was written in; custom fields give their values by key; a record
   * with one component is the value of that component (an id, an email address); a record with more
   * gives {@link Fields} named after its components; anything else is the text of its {@code
   * toString()} (instants, dates, UUIDs, URIs, email addresses).
   */
  static DataValue of(@Nullable Object value) {
    if (value == null) {
      return ABSENT;
    }
    if (value instanceof DataValue data) {
      return data;
    }
    if (value instanceof Optional<?> optional) {
      return of(optional.orElse(null));
    }
    if (value instanceof CharSequence text) {
      return new Text(text.toString());
    }
    if (value instanceof Boolean flag) {
      return new Flag(flag);
    }
    if (value instanceof BigDecimal decimal) {
      return new Decimal(decimal);
    }
    if (value instanceof BigInteger integer) {
      return new Decimal(new BigDecimal(integer));
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short) {
      return new Decimal(BigDecimal.valueOf(((Number) value).longValue()));
    }
    if (value instanceof Double || value instanceof Float) {
      double number = ((Number) value).doubleValue();
      checkArgument(Double.isFinite(number), "not a finite number: %s", number);
      return new Decimal(BigDecimal.valueOf(number));
    }
    if (value instanceof Enum<?> constant) {
      return new Text(constant.name());
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, DataValue> fields = new LinkedHashMap<>();
      map.forEach((key, item) -> fields.put(String.valueOf(key), of(item)));
      return new Fields(fields);
    }
    if (value instanceof Iterable<?> iterable) {
      List<DataValue> items = new ArrayList<>();
      iterable.forEach(item -> items.add(of(item)));
      return new Items(items);
    }
    if (value instanceof PhoneNumber phone) {
      return fields().put("number", phone.e164()).put("asWritten", phone.raw()).build();
    }
    if (value instanceof CustomFields customFields) {
      return of(customFields.asMap());
    }
    if (value instanceof Record record) {
      return ofRecord(record);
    }
    return new Text(value.toString());
  }

  private static DataValue ofRecord(Record record) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    if (components.length == 1) {
      return of(component(record, components[0]));
    }
    Map<String, DataValue> fields = new LinkedHashMap<>();
    for (RecordComponent component : components) {
      fields.put(component.getName(), of(component(record, component)));
    }
    return new Fields(fields);
  }

  private static @Nullable Object component(Record record, RecordComponent component) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalArgumentException(
          "cannot read " + component.getName() + " of " + record.getClass().getName(), e);
    }
  }

  /**
   * Builds {@link Fields}, in the order they are put.
   *
   * @since 0.1
   */
  final class FieldsBuilder {

    private final Map<String, DataValue> fields = new LinkedHashMap<>();

    private FieldsBuilder() {}

    /**
     * Sets field {@code name} to the data value of {@code value} (see {@link DataValue#of}).
     *
     * @param name the field's name; never null
     * @param value the value, or null for {@link DataValue#ABSENT}
     * @throws IllegalArgumentException if the field is set already
     */
    public FieldsBuilder put(String name, @Nullable Object value) {
      requireNonNull(name, "name");
      checkArgument(!fields.containsKey(name), "field %s is set twice", name);
      fields.put(name, of(value));
      return this;
    }

    /** Returns the fields. */
    public Fields build() {
      return new Fields(fields);
    }
  }
}
