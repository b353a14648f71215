package io.crmkit.core.importing;

import static java.util.Objects.requireNonNull;

import io.crmkit.core.FieldError;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A row the import refused, with every reason.
 *
 * @param line the row's line number in the source
 * @param errors every field error of the row
 * @since 0.1
 */
public record RejectedRow(int line, List<FieldError> errors) {

  /** Creates a {@code RejectedRow}, checking its components as the type's comment describes. */
  public RejectedRow {
    requireNonNull(errors, "errors");
    errors = List.copyOf(errors);
  }

  @Override
  public String toString() {
    return "line "
        + line
        + ": "
        + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }
}
