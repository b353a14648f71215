package io.crmkit.jpa.internal.segment;

import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.ParameterExpression;
import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of one translated query with the values they take: every value that comes from a
 * segment (a literal, a tag, a window start) reaches the database this way, never as SQL text.
 */
final class QueryParameters {

  private record Binding<T>(ParameterExpression<T> parameter, T value) {
    void applyTo(TypedQuery<?> query) {
      query.setParameter(parameter, value);
    }
  }

  private final CriteriaBuilder cb;
  private final List<Binding<?>> bindings = new ArrayList<>();

  QueryParameters(CriteriaBuilder cb) {
    this.cb = cb;
  }

  /** Returns a new parameter of the given type that will be bound to {@code value}. */
  <T> ParameterExpression<T> bind(Class<T> type, T value) {
    ParameterExpression<T> parameter = cb.parameter(type);
    bindings.add(new Binding<>(parameter, type.cast(value)));
    return parameter;
  }

  /** Sets every parameter on the query. */
  void applyTo(TypedQuery<?> query) {
    bindings.forEach(binding -> binding.applyTo(query));
  }

  /** Returns how many parameters were bound. */
  int size() {
    return bindings.size();
  }
}
