package io.crmkit.jpa.internal.segment;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.List;

/**
 * Text equality that holds for identical texts only, on every database. MariaDB compares its {@code
 * utf8mb4_bin} columns with PAD SPACE, so that {@code 'Ana' = 'Ana '} holds there; with a character
 * that is not a space appended to both sides, trailing spaces count. The plain comparison stays
 * beside it, so that the database still finds the rows by its indexes.
 */
final class ExactText {

  private static final String END = "|";

  private ExactText() {}

  /** Whether {@code text} is exactly {@code value}. */
  static Predicate equal(CriteriaBuilder cb, Expression<String> text, Expression<String> value) {
    return cb.and(cb.equal(text, value), cb.equal(ended(cb, text), ended(cb, value)));
  }

  /** Whether {@code text} is exactly one of {@code values}. */
  static Predicate in(
      CriteriaBuilder cb, Expression<String> text, List<Expression<String>> values) {
    CriteriaBuilder.In<String> plain = cb.in(text);
    CriteriaBuilder.In<String> exact = cb.in(ended(cb, text));
    for (Expression<String> value : values) {
      plain.value(value);
      exact.value(ended(cb, value));
    }
    return cb.and(plain, exact);
  }

  private static Expression<String> ended(CriteriaBuilder cb, Expression<String> text) {
    return cb.concat(text, cb.literal(END));
  }
}
