package io.crmkit.scoring.audience;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.crmkit.core.FieldError;
import io.crmkit.core.ValidationException;
import io.crmkit.core.internal.Quoted;
import io.crmkit.core.internal.TextPolicy;
import io.crmkit.scoring.segment.SegmentExpression;
import io.crmkit.scoring.segment.SegmentParseException;
import io.crmkit.scoring.segment.SegmentParser;
import io.crmkit.scoring.segment.SegmentSchema;
import java.util.List;

/**
 * A named dynamic segment of a tenant's contacts: its name and the text of its condition, whose
 * members follow the condition as contacts change.
 *
 * <p>The record checks shapes only; {@link SegmentService#define} checks the text against the
 * tenant's schema and the segments it refers to, and stores its canonical form.
 *
 * @param name the segment name, 1 to 200 characters, not blank; the name {@code in segment} uses
 * @param text the condition in the segment language, not blank, at most {@value
 *     SegmentParser#MAX_INPUT_LENGTH} characters
 * @since 0.1
 */
public record SegmentDefinition(String name, String text) {

  /**
   * Creates a {@code SegmentDefinition}, checking its components as the type's comment describes.
   */
  public SegmentDefinition {
    checkName(name);
    requireNonNull(text, "segment text");
    checkArgument(!text.isBlank(), "segment %s has a blank text", Quoted.of(name));
    checkArgument(
        text.length() <= SegmentParser.MAX_INPUT_LENGTH,
        "segment %s has a text longer than %s characters",
        Quoted.of(name),
        SegmentParser.MAX_INPUT_LENGTH);
    TextPolicy.check("segment text", text, TextPolicy.Kind.LINES);
  }

  /** Returns the definition of segment {@code name} with the condition {@code text}. */
  public static SegmentDefinition of(String name, String text) {
    return new SegmentDefinition(name, text);
  }

  /**
   * Reads the text against a schema; a text that does not fit it (a custom field was removed since
   * it was stored, say) is a {@link ValidationException} naming the segment.
   *
   * @throws ValidationException if the text does not fit the schema
   */
  public SegmentExpression parse(SegmentSchema schema) {
    try {
      return SegmentParser.parse(text, schema);
    } catch (SegmentParseException e) {
      throw new ValidationException(
          "segment " + Quoted.of(name), List.of(FieldError.of("text", text, e.getMessage())));
    }
  }

  /**
   * Returns {@code name} if it is a valid segment or list name, the rule {@code in segment} names
   * follow.
   *
   * @throws IllegalArgumentException if it is blank or longer than 200 characters
   */
  public static String checkName(String name) {
    requireNonNull(name, "segment name");
    checkArgument(
        !name.isBlank() && name.length() <= SegmentExpression.MAX_NAME_LENGTH,
        "segment name must be 1 to %s characters and not blank: %s",
        SegmentExpression.MAX_NAME_LENGTH,
        Quoted.of(name));
    return TextPolicy.check("segment name", name, TextPolicy.Kind.IDENTIFIER);
  }
}
