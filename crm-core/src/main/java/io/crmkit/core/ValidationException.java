package io.crmkit.core;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that cannot be accepted, with every field error found (not just the first), so that a form
 * or an import report can show them all at once.
 *
 * @since 0.1
 */
public final class ValidationException extends CrmException {

  private static final long serialVersionUID = 1L;

  /** Every field error, in the order found. */
  private final List<FieldError> errors;

  /**
   * @param subject what was being validated, for example {@code contact} or {@code row 17}
   * @param errors the errors, at least one
   */
  public ValidationException(String subject, List<FieldError> errors) {
    super(message(subject, errors));
    this.errors = List.copyOf(errors);
  }

  private static String message(String subject, List<FieldError> errors) {
    checkArgument(!errors.isEmpty(), "a validation exception needs at least one error");
    return "invalid "
        + subject
        + ": "
        + errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
  }

  /** Returns every field error, in the order they were found. */
  public List<FieldError> errors() {
    return errors;
  }
}
