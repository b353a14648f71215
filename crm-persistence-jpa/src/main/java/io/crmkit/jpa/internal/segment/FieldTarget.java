package io.crmkit.jpa.internal.segment;

import io.crmkit.scoring.segment.FieldType;
import io.crmkit.scoring.segment.Literal;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Where a segment field's value is read in the contact tables, and how its literals are bound. */
abstract class FieldTarget {

  /**
   * A condition's answer split into "has a value" and "the value meets the condition"; {@code
   * holdsNeedsValue} says that {@code holds} is false (never {@code NULL}) without a value, so that
   * asking it for true needs no "has a value" beside it.
   */
  record Outcome(@Nullable Supplier<Predicate> present, Predicate holds, boolean holdsNeedsValue) {}

  private final FieldType type;

  FieldTarget(FieldType type) {
    this.type = type;
  }

  /** Returns the field's type. */
  final FieldType type() {
    return type;
  }

  /** "Has a value", or null when the field always has one. */
  abstract @Nullable Predicate present();

  /** The outcome of a condition on the value column. */
  abstract Outcome test(Function<Expression<?>, Predicate> condition);

  /** The outcome of a condition on the full text, for {@code contains} and {@code starts with}. */
  @SuppressWarnings("unchecked")
  Outcome testText(Function<Expression<String>, Predicate> condition) {
    // only text fields take contains and starts with, so the column holds strings
    return test(column -> condition.apply((Expression<String>) column));
  }

  /** Returns a parameter bound to the literal, converted to the column's Java type. */
  abstract Expression<?> parameter(Literal literal);
}
