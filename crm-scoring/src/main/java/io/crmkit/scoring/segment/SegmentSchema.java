package io.crmkit.scoring.segment;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The fields that segments of one kind of subject (contacts, say) can filter on, with their types:
 * core fields ({@code country}), custom fields ({@code custom.size}) and computed ones ({@code
 * score}). The host or its binding declares it; parsing and compiling check every expression
 * against it.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
public final class SegmentSchema {

  private final ImmutableMap<String, FieldDefinition> fields;

  private SegmentSchema(Map<String, FieldDefinition> fields) {
    this.fields = ImmutableMap.copyOf(fields);
  }

  /** Returns a schema with the given fields, whose names must be distinct. */
  public static SegmentSchema of(Collection<FieldDefinition> fields) {
    requireNonNull(fields, "fields");
    Builder builder = builder();
    fields.forEach(builder::field);
    return builder.build();
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Finds the field with this exact (case-sensitive) name. */
  public Optional<FieldDefinition> field(String name) {
    requireNonNull(name, "field name");
    return Optional.ofNullable(fields.get(name));
  }

  /** Returns every field, in declaration order. */
  public Collection<FieldDefinition> fields() {
    return fields.values();
  }

  @Override
  public String toString() {
    return "SegmentSchema" + fields.values();
  }

  /**
   * Collects field definitions for a {@link SegmentSchema}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {

    private final Map<String, FieldDefinition> fields = new LinkedHashMap<>();

    private Builder() {}

    /** Adds a field; its name must not be declared yet. */
    public Builder field(FieldDefinition field) {
      requireNonNull(field, "field");
      checkArgument(!fields.containsKey(field.name()), "field declared twice: '%s'", field.name());
      fields.put(field.name(), field);
      return this;
    }

    /** Adds a field of the given type; use {@link #choice} for a choice field. */
    public Builder field(String name, FieldType type) {
      return field(FieldDefinition.of(name, type));
    }

    /** Adds a choice field that takes one of the given values. */
    public Builder choice(String name, String... choices) {
      return field(FieldDefinition.choice(name, choices));
    }

    /** Returns the schema of the fields added so far. */
    public SegmentSchema build() {
      return new SegmentSchema(fields);
    }
  }
}
