package io.crmkit.core.importing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One row of an import: its line number in the source (for the report) and its values by column
 * name. A blank value counts as absent.
 *
 * @param line the row's line number in the source, 1 or more
 * @param values the values by column name
 * @since 0.1
 */
public record ImportRow(int line, Map<String, String> values) {

  /** The most columns a row may have. */
  public static final int MAX_COLUMNS = 200;

  /** Creates an {@code ImportRow}, checking its components as the type's comment describes. */
  public ImportRow {
    checkArgument(line >= 1, "import line number must be at least 1: %s", line);
    requireNonNull(values, "values");
    checkArgument(
        values.size() <= MAX_COLUMNS, "row %s has more than %s columns", line, MAX_COLUMNS);
    values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** Returns the row numbered {@code line} with {@code values}. */
  public static ImportRow of(int line, Map<String, String> values) {
    return new ImportRow(line, values);
  }

  /** Returns the value of {@code column}, stripped, if present and not blank. */
  public Optional<String> value(String column) {
    @Nullable String value = values.get(column);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }
}
