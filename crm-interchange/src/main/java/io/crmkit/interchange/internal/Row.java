package io.crmkit.interchange.internal;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One data row of a CSV file as the importer sees it: its values by field (formula escaping undone,
 * blank cells absent) and the source column each field came from, so that every error names the
 * column the user wrote.
 */
final class Row {

  private final int line;
  private final Map<String, String> values;
  private final Map<String, String> columns;
  private final List<FieldError> errors = new ArrayList<>();

  Row(int line, Map<String, String> values, Map<String, String> columns) {
    this.line = line;
    this.values = values;
    this.columns = columns;
  }

  int line() {
    return line;
  }

  /** Returns the value of {@code field}, if its cell is present and not blank. */
  Optional<String> value(String field) {
    String value = values.get(field);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Returns the text of {@code field} as written, white space included, or empty when the cell is
   * absent or empty: for free text, where a blank value is a value.
   */
  String text(String field) {
    String value = values.get(field);
    return value == null ? "" : value;
  }

  /** Returns the fields of this row that have a value. */
  Iterable<String> fields() {
    return values.keySet();
  }

  /** Returns the source column that held {@code field}, or the field when no column did. */
  String column(String field) {
    return columns.getOrDefault(field, field);
  }

  /** Records that {@code value} of {@code field} breaks {@code reason}. */
  void error(String field, @Nullable Object value, String reason) {
    errors.add(FieldError.of(column(field), value, reason));
  }

  /** Records the errors of a builder, whose fields are translated to this kind's CSV fields. */
  void errors(ValidationException invalid) {
    errors(invalid.errors());
  }

  /** Records {@code found}, whose fields are translated to this kind's CSV fields. */
  void errors(List<FieldError> found) {
    for (FieldError error : found) {
      errors.add(new FieldError(column(fieldOf(error.field())), error.value(), error.reason()));
    }
  }

  /** Records an error of a command that failed while the row was written. */
  void failed(RuntimeException failure) {
    if (failure instanceof ValidationException invalid) {
      errors(invalid);
    } else {
      errors.add(FieldError.of("row", null, String.valueOf(failure.getMessage())));
    }
  }

  /**
   * Returns what {@code parse} makes of {@code text} in {@code field}, or null after recording the
   * refusal.
   */
  <T> @Nullable T attempt(String field, String text, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (ValidationException invalid) {
      for (FieldError error : invalid.errors()) {
        errors.add(FieldError.of(column(field), text, error.reason()));
      }
    } catch (IllegalArgumentException | NullPointerException invalid) {
      errors.add(FieldError.of(column(field), text, String.valueOf(invalid.getMessage())));
    }
    return null;
  }

  List<FieldError> errors() {
    return errors;
  }

  boolean valid() {
    return errors.isEmpty();
  }

  void clearErrors() {
    errors.clear();
  }

  /**
   * Returns the CSV field that a domain builder's field path names: {@code emails[0]} is {@code
   * email}, {@code customFields.seats} is {@code custom.seats}, {@code jobTitle} is {@code
   * job_title}.
   */
  static String fieldOf(String path) {
    if (path.startsWith("customFields.")) {
      String rest = path.substring("customFields.".length());
      int dot = rest.indexOf('.');
      return Columns.CUSTOM + (dot < 0 ? rest : rest.substring(0, dot));
    }
    if (path.startsWith("emails")) {
      return "email";
    }
    if (path.startsWith("phones")) {
      return "phone";
    }
    if (path.startsWith("tags")) {
      return "tags";
    }
    if (path.startsWith("externalIds")) {
      return "external_id";
    }
    int cut = path.indexOf('[');
    String head = cut < 0 ? path : path.substring(0, cut);
    int dot = head.indexOf('.');
    head = dot < 0 ? head : head.substring(0, dot);
    StringBuilder snake = new StringBuilder();
    for (char c : head.toCharArray()) {
      if (Character.isUpperCase(c)) {
        snake.append('_').append(Character.toLowerCase(c));
      } else {
        snake.append(c);
      }
    }
    return snake.toString().toLowerCase(Locale.ROOT);
  }
}
