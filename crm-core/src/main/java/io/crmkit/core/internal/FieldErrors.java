package io.crmkit.core.internal;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Collects every field error of one input before refusing it, so that a caller learns of all its
 * mistakes at once. Value factories signal a bad value with {@link IllegalArgumentException}; this
 * class turns each into a {@link FieldError} naming the field.
 *
 * @since 0.1
 */
public final class FieldErrors {

  private final List<FieldError> errors = new ArrayList<>();

  /**
   * Parses {@code raw} with {@code parser}; a missing or refused value is recorded against {@code
   * field} and null is returned.
   */
  public <T> @Nullable T parse(String field, @Nullable String raw, Function<String, T> parser) {
    if (raw == null) {
      errors.add(FieldError.of(field, null, "is required"));
      return null;
    }
    return attempt(field, raw, () -> parser.apply(raw));
  }

  /**
   * Returns what {@code factory} makes; when it refuses, the refusal is recorded against {@code
   * field} showing {@code value}, and null is returned.
   */
  public <T> @Nullable T attempt(String field, @Nullable Object value, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | NullPointerException refused) {
      errors.add(FieldError.of(field, value, String.valueOf(refused.getMessage())));
      return null;
    }
  }

  /** Records an error against {@code field} unless {@code condition} holds. */
  public void require(boolean condition, String field, @Nullable Object value, String reason) {
    if (!condition) {
      errors.add(FieldError.of(field, value, reason));
    }
  }

  /**
   * Records an error against {@code field} unless {@code text} obeys the {@link TextPolicy} of
   * {@code kind}; a null text is left to the checks of required fields.
   */
  public void requireText(String field, @Nullable String text, TextPolicy.Kind kind) {
    if (text != null) {
      TextPolicy.problem(text, kind)
          .ifPresent(problem -> errors.add(FieldError.of(field, text, problem)));
    }
  }

  /** Records errors found elsewhere, for example by custom field validation. */
  public void addAll(List<FieldError> more) {
    errors.addAll(more);
  }

  /** Returns whether no error was recorded. */
  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /**
   * Throws when any error was recorded.
   *
   * @param subject what was validated, for example {@code contact}
   * @throws ValidationException listing every error
   */
  public void throwIfAny(String subject) {
    if (!errors.isEmpty()) {
      throw new ValidationException(subject, errors);
    }
  }
}
