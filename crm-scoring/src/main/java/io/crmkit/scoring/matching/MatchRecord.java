package io.crmkit.scoring.matching;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A record as duplicate detection sees it: an id and the text of its fields. A CRM contact, company
 * or lead becomes one through {@link ContactDuplicates}, {@link CompanyDuplicates} or a host's own
 * mapping; values are normalised when compared, not here.
 *
 * @param <K> the type of the id, for example {@code ContactId}
 * @param id the record's id, never null
 * @param values the non-blank values by field, never null
 * @since 0.1
 */
public record MatchRecord<K>(K id, Map<MatchField, String> values) {

  /** The longest value accepted, in characters. */
  public static final int MAX_VALUE_LENGTH = 500;

  /** Creates a {@code MatchRecord}, checking its components as the type's comment describes. */
  public MatchRecord {
    requireNonNull(id, "id");
    requireNonNull(values, "values");
    EnumMap<MatchField, String> copy = new EnumMap<>(MatchField.class);
    values.forEach(
        (field, value) -> {
          requireNonNull(field, "field");
          requireNonNull(value, "value");
          checkArgument(!value.isBlank(), "value of %s must not be blank", field);
          checkArgument(
              value.length() <= MAX_VALUE_LENGTH,
              "value of %s longer than %s characters: %s",
              field,
              MAX_VALUE_LENGTH,
              value.length());
          copy.put(field, value);
        });
    values = Collections.unmodifiableMap(copy);
  }

  /** Returns a builder of the record {@code id}. */
  public static <K> Builder<K> builder(K id) {
    return new Builder<>(id);
  }

  /** Returns the value of {@code field}, empty when the record has none. */
  public Optional<String> value(MatchField field) {
    return Optional.ofNullable(values.get(field));
  }

  /**
   * Builds a {@link MatchRecord}, skipping null and blank values so that a mapping can pass
   * optional fields as they come.
   *
   * @param <K> the type of the id
   * @since 0.1
   */
  public static final class Builder<K> {

    private final K id;
    private final EnumMap<MatchField, String> values = new EnumMap<>(MatchField.class);

    private Builder(K id) {
      this.id = requireNonNull(id, "id");
    }

    /** Sets {@code field} to {@code value}; a null or blank value clears it. */
    public Builder<K> set(MatchField field, @Nullable String value) {
      requireNonNull(field, "field");
      if (value == null || value.isBlank()) {
        values.remove(field);
      } else {
        values.put(field, value.strip());
      }
      return this;
    }

    /** Returns the record. */
    public MatchRecord<K> build() {
      return new MatchRecord<>(id, values);
    }
  }
}
