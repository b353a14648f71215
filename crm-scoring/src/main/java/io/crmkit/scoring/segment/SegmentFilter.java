package io.crmkit.scoring.segment;

import static java.util.Objects.requireNonNull;

import io.crmkit.scoring.segment.internal.SegmentCompiler;
import java.util.function.Predicate;

/**
 * A dynamic segment's condition compiled for fast in-memory evaluation: checked against its schema
 * once, with literals converted and lists sorted, so that evaluating it over many subjects does no
 * parsing, no reflection and no boxing of numbers.
 *
 * <p>A subject matches when the condition is true in three-valued logic (see the {@linkplain
 * io.crmkit.scoring.segment package documentation}): a condition on a missing value is unknown, and
 * unknown does not match, even under {@code not}.
 *
 * <p>Each field condition reads subjects through the {@link FieldReader} that the first subject of
 * each class gives it ({@link SegmentSubject#reader}), and keeps it for the next subjects of that
 * class. Thread-safe; apart from those readers, immutable.
 *
 * @since 0.1
 */
public final class SegmentFilter {

  private final SegmentExpression expression;
  private final SegmentCompiler.Compiled compiled;

  private SegmentFilter(SegmentExpression expression, SegmentCompiler.Compiled compiled) {
    this.expression = expression;
    this.compiled = compiled;
  }

  /**
   * Compiles an expression, built in code or parsed.
   *
   * @param expression the condition, never null
   * @param schema the fields it may use, never null
   * @throws IllegalArgumentException when the expression uses an unknown field, an operator that
   *     does not apply to a field's type, or a literal of the wrong type
   */
  public static SegmentFilter compile(SegmentExpression expression, SegmentSchema schema) {
    requireNonNull(expression, "segment expression");
    requireNonNull(schema, "schema");
    return new SegmentFilter(expression, SegmentCompiler.compile(expression, schema));
  }

  /**
   * Parses and compiles a segment text.
   *
   * @throws SegmentParseException when the text is not a valid, well-typed expression
   */
  public static SegmentFilter parse(String text, SegmentSchema schema) {
    return compile(SegmentParser.parse(text, schema), schema);
  }

  /** Returns the expression this filter was compiled from. */
  public SegmentExpression expression() {
    return expression;
  }

  /**
   * Whether the subject belongs to the segment.
   *
   * @param subject the subject, never null
   * @param context the instant, zone and segment resolver of this evaluation, never null
   */
  public boolean matches(SegmentSubject subject, EvaluationContext context) {
    requireNonNull(subject, "subject");
    return matcher(context).test(subject);
  }

  /**
   * Returns a predicate for many subjects in one context; it works out the start of every relative
   * window once, where {@link #matches} does it per call.
   *
   * @param context the instant, zone and segment resolver of this evaluation, never null
   */
  public Predicate<SegmentSubject> matcher(EvaluationContext context) {
    requireNonNull(context, "evaluation context");
    return compiled.matcher(context);
  }

  /** Returns the canonical text of the expression. */
  @Override
  public String toString() {
    return SegmentPrinter.print(expression);
  }
}
