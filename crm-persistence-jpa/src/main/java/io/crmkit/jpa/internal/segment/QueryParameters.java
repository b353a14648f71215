package io.crmkit.jpa.internal.segment;

import io.crmkit.jpa.internal.StoredInstants;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.ParameterExpression;
import java.time.Instant;
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

  /**
   * Returns a new parameter of the given type that will be bound to {@code value}; an instant is
   * bound within the range the databases store.
   */
  <T> ParameterExpression<T> bind(Class<T> type, T value) {
    ParameterExpression<T> parameter = cb.parameter(type);
    T bound = value instanceof Instant instant ? type.cast(StoredInstants.bounded(instant)) : value;
    bindings.add(new Binding<>(parameter, type.cast(bound)));
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
